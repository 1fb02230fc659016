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

    @Test
    void theSharedCallKeepsNothingOnItsFirstCallersContextAndAnswersEachCallerOnItsOwn() throws Exception {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            io.vertx.core.Context caller = io.smallrye.common.vertx.VertxContext
                    .createNewDuplicatedContext(vertx.getOrCreateContext());
            SingleFlight<String, String> flight = new SingleFlight<>();
            CompletableFuture<String> seenByTheCall = new CompletableFuture<>();
            CompletableFuture<Boolean> answeredOnTheCallersContext = new CompletableFuture<>();
            caller.runOnContext(ignored -> {
                // what a request keeps on its context (its Hibernate Reactive session) is not the shared call's
                caller.putLocal("session", "the first caller's");
                flight.join("q", () -> Uni.createFrom().item(() -> {
                    seenByTheCall.complete(String.valueOf(io.vertx.core.Vertx.currentContext().<Object>getLocal("session")));
                    return "answer";
                })).subscribe().with(answer -> answeredOnTheCallersContext.complete(
                        io.vertx.core.Vertx.currentContext() == caller));
            });
            assertThat(seenByTheCall.get(5, TimeUnit.SECONDS)).isEqualTo("null");
            assertThat(answeredOnTheCallersContext.get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }
}
