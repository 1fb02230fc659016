package io.horae.kernel.concurrent;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Work on the same keys runs one at a time in this process, in arrival order, and waits without holding anything (no
 * thread, no pooled connection) until its turn; work on other keys runs alongside. Several keys are taken in sorted
 * order, so two pieces of work never wait for each other. Each waiter resumes on its own Vert.x context.
 */
public final class OneAtATime {
    private final ConcurrentHashMap<String, CompletableFuture<Void>> last = new ConcurrentHashMap<>();

    /** Runs {@code work} once it holds the turn of every key. */
    public <T> Uni<T> run(List<String> keys, Supplier<Uni<T>> work) {
        List<String> sorted = keys.stream().distinct().sorted().toList();
        return turns(sorted, 0, work);
    }

    private <T> Uni<T> turns(List<String> keys, int next, Supplier<Uni<T>> work) {
        if (next == keys.size()) {
            return Uni.createFrom().deferred(work::get);
        }
        return turn(keys.get(next), () -> turns(keys, next + 1, work));
    }

    private <T> Uni<T> turn(String key, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> mine = new CompletableFuture<>();
            CompletableFuture<Void> before = last.put(key, mine);
            Uni<Void> waited = before == null || before.isDone() ? Uni.createFrom().voidItem()
                    : onCallersContext(Uni.createFrom().completionStage(before));
            return waited.chain(work::get).onTermination().invoke(() -> {
                last.remove(key, mine);
                mine.complete(null);
            });
        });
    }

    private static Uni<Void> onCallersContext(Uni<Void> turn) {
        Context context = Vertx.currentContext();
        return context == null ? turn : turn.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
