package io.horae.kernel.concurrent;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
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
 * <p>
 * The shared call belongs to no caller: it runs on a Vert.x context of its own (a new duplicated context), so what it
 * keeps there (a Hibernate Reactive session) is never seen or closed by a caller's own work, and it runs to its end
 * even when the caller that started it went away, since others wait for it. Under a crowd right after start, a call
 * that ran on its first caller's context failed now and then with "No current Mutiny.Session found".
 */
public final class SingleFlight<K, V> {
    private final ConcurrentHashMap<K, Uni<V>> inFlight = new ConcurrentHashMap<>();

    public Uni<V> join(K key, Supplier<Uni<V>> call) {
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            Uni<V> shared = inFlight.computeIfAbsent(key, k -> {
                AtomicReference<Uni<V>> self = new AtomicReference<>();
                Uni<V> once = (context == null ? call.get() : onOwnContext(context, call))
                        .onTermination().invoke(() -> inFlight.remove(k, self.get()))
                        .memoize().indefinitely();
                self.set(once);
                return once;
            });
            return context == null ? shared : shared.emitOn(task -> context.runOnContext(ignored -> task.run()));
        });
    }

    private static <V> Uni<V> onOwnContext(Context caller, Supplier<Uni<V>> call) {
        Context own = VertxContext.createNewDuplicatedContext(caller);
        // isolated like a request's own context, as Hibernate Reactive Panache demands of the context it keeps a session in
        VertxContextSafetyToggle.setContextSafe(own, true);
        return Uni.createFrom().emitter(emitter -> own.runOnContext(ignored ->
                call.get().subscribe().with(emitter::complete, emitter::fail)));
    }
}
