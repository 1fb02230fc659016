package io.horae.kernel.outbox;

import io.horae.kernel.persistence.Pruning;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.OffsetDateTime;

/**
 * Prunes what the outbox and the inbox no longer need once their retention has passed: outbox rows long published,
 * and inbox records of events too old to be delivered again. A batch at a time, so a large backlog never holds a
 * long transaction.
 */
@ApplicationScoped
public class EventRetention {
    private static final int BATCH = 5_000;
    private static final String PRUNE_OUTBOX = """
            DELETE FROM outbox_event WHERE seq IN (
                SELECT seq FROM outbox_event WHERE published_at < $1 ORDER BY seq LIMIT $2)""";
    private static final String PRUNE_INBOX = """
            DELETE FROM inbox_event WHERE ctid IN (
                SELECT ctid FROM inbox_event WHERE received_at < $1 LIMIT $2)""";

    private final Pool pool;
    private final OutboxSettings settings;

    public EventRetention(Pool pool, OutboxSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Pruning.every(vertx, settings.pruneEvery(), "outbox and inbox rows", this::prune);
    }

    /** Deletes one batch of each; how many rows went. */
    public Uni<Integer> prune() {
        OffsetDateTime before = OffsetDateTime.now().minus(settings.retention());
        return pool.preparedQuery(PRUNE_OUTBOX).execute(Tuple.of(before, BATCH))
                .chain(outbox -> pool.preparedQuery(PRUNE_INBOX).execute(Tuple.of(before, BATCH))
                        .map(inbox -> outbox.rowCount() + inbox.rowCount()));
    }
}
