package io.horae.platform;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {
    @Test
    void clusterIdsNeverLookLikeAnOptionToTheStorageTool() {
        IntStream.range(0, 20_000).mapToObj(i -> KafkaBroker.clusterId()).forEach(id -> {
            assertTrue(id.length() == 22 && id.charAt(0) != '-', id);
        });
    }
}
