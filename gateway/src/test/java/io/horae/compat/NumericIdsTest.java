package io.horae.compat;

import io.horae.gateway.UpstreamStandIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendor APIs' integer ids: counted per tenant and kind, so they reveal nothing of another tenant. */
@QuarkusTest
@QuarkusTestResource(UpstreamStandIn.class)
class NumericIdsTest {
    @Inject
    NumericIds numericIds;

    @Inject
    Pool pool;

    @Test
    void eachTenantCountsItsOwnNumbersWhateverOthersDo() {
        String busy = tenant();
        String quiet = tenant();
        List<UUID> many = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID()).toList();
        assertThat(await(numericIds.numbers(busy, "customer", many)).values()).hasSize(50).doesNotHaveDuplicates();

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(await(numericIds.number(quiet, "customer", first))).isEqualTo(1L);
        assertThat(await(numericIds.numbers(quiet, "customer", List.of(first, second))))
                .isEqualTo(Map.of(first, 1L, second, 2L));
        assertThat(await(numericIds.number(quiet, "booking", UUID.randomUUID()))).isEqualTo(1L);
        assertThat(await(numericIds.id(quiet, "customer", 2, "Id"))).isEqualTo(second);
    }

    @Test
    void theSameObjectsAskedForAtOnceGetOneNumberEach() {
        String tenant = tenant();
        List<UUID> objects = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
        List<Future<Map<UUID, Long>>> asked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asked.add(numericIds.numbers(tenant, "resource", objects));
        }
        Map<UUID, Long> firstAnswer = await(asked.get(0));
        asked.forEach(answer -> assertThat(await(answer)).isEqualTo(firstAnswer));
        assertThat(new HashSet<>(firstAnswer.values())).hasSize(20);
    }

    private String tenant() {
        String id = "numbers-" + UUID.randomUUID().toString().substring(0, 8);
        await(pool.preparedQuery("insert into tenant (id, name) values ($1, $1)").execute(Tuple.of(id)));
        return id;
    }

    private static <T> T await(Future<T> future) {
        return future.toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
