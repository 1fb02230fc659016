package io.horae.kernel.time;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.time.Duration;

/**
 * A wait that ends on the caller's own Vert.x context, so whatever follows (a Hibernate Reactive session, the
 * request's state) runs where it belongs. Mutiny's own delays resume on a worker thread instead.
 */
public final class Pause {
    private Pause() {
    }

    /** Completes after {@code duration} on the current Vert.x context; without one, after the delay on a timer thread. */
    public static Uni<Void> of(Duration duration) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().voidItem().onItem().delayIt().by(duration);
        }
        return Uni.createFrom().emitter(done -> context.owner().setTimer(Math.max(1, duration.toMillis()),
                id -> context.runOnContext(ignored -> done.complete(null))));
    }
}
