package io.horae.kernel.concurrent;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Concurrent identical questions share one answer: while a call for a key is in flight, later callers with the same
 * key wait for it instead of asking again. Each caller gets the answer back on its own Vert.x context. When a crowd
 * races for one slot, the same question is asked once instead of once per client.
 */
public final class SingleFlight<K, V> {
    private final ConcurrentHashMap<K, Uni<V>> inFlight = new ConcurrentHashMap<>();

    public Uni<V> join(K key, Supplier<Uni<V>> call) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<V> shared = inFlight.computeIfAbsent(key, k -> {
                AtomicReference<Uni<V>> self = new AtomicReference<>();
                Uni<V> once = call.get()
                        .onTermination().invoke(() -> inFlight.remove(k, self.get()))
                        .memoize().indefinitely();
                self.set(once);
                return once;
            });
            return context == null ? shared : shared.emitOn(task -> context.runOnContext(ignored -> task.run()));
        });
    }
}
