package io.horae.kernel.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Rows past their retention, deleted a batch at a time every so often, so a large backlog never holds a long
 * transaction; a failed round is logged and the next one tries again.
 */
public final class Pruning {
    private static final Logger LOG = Logger.getLogger(Pruning.class);

    private Pruning() {
    }

    /** Runs {@code batch} (answering how many rows went) every {@code period}; {@code what} names them in the log. */
    public static void every(Vertx vertx, Duration period, String what, Supplier<Uni<Integer>> batch) {
        vertx.setPeriodic(period.toMillis(), id -> batch.get().subscribe().with(
                pruned -> {
                    if (pruned > 0) {
                        LOG.debugf("pruned %d %s", pruned, what);
                    }
                },
                failure -> LOG.warnf("pruning %s failed, trying again later: %s", what, failure.getMessage())));
    }
}
