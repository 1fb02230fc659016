package io.horae.kernel.concurrent;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SingleFlightTest {
    @Test
    void theFirstCallerGoingAwayDoesNotStopTheAnswerTheOthersWaitFor() throws Exception {
        SingleFlight<String, String> flight = new SingleFlight<>();
        AtomicInteger asked = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<String> slow = new CompletableFuture<>();
        Uni<String> question = Uni.createFrom().deferred(() -> {
            asked.incrementAndGet();
            return Uni.createFrom().completionStage(slow).onCancellation().invoke(() -> stopped.set(true));
        });

        Cancellable first = flight.join("q", () -> question).subscribe().with(answer -> { });
        CompletableFuture<String> second = flight.join("q", () -> question).subscribeAsCompletionStage()
                .toCompletableFuture();
        first.cancel();
        slow.complete("answer");

        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
        assertThat(stopped).isFalse();
        assertThat(asked).hasValue(1);
        assertThat(flight.join("q", () -> Uni.createFrom().item("again")).await().atMost(Duration.ofSeconds(5)))
                .isEqualTo("again");
    }
}
