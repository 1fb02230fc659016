package io.horae.kernel.idempotency;

import io.horae.kernel.persistence.Pruning;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Forgets Idempotency-Key records once their retention has passed (24 hours, as payment APIs do): a retry later than
 * that is a new call. The stored answers hold what the calls answered, personal data included, so they must not stay
 * for good. A batch at a time.
 */
@ApplicationScoped
public class IdempotencyRetention {
    @ConfigMapping(prefix = "horae.idempotency")
    public interface Settings {
        /** How long a key's answer is given again. */
        @WithDefault("24h")
        Duration retention();

        /** How often expired keys are looked for. */
        @WithDefault("10m")
        Duration pruneEvery();
    }

    private static final int BATCH = 5_000;
    private static final String PRUNE = """
            DELETE FROM idempotency_key WHERE ctid IN (
                SELECT ctid FROM idempotency_key WHERE started_at < $1 LIMIT $2)""";

    private final Pool pool;
    private final Settings settings;

    public IdempotencyRetention(Pool pool, Settings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        Pruning.every(vertx, settings.pruneEvery(), "idempotency keys", this::prune);
    }

    /** Deletes one batch of keys older than the retention; how many went. */
    public Uni<Integer> prune() {
        return pool.preparedQuery(PRUNE).execute(Tuple.of(OffsetDateTime.now().minus(settings.retention()), BATCH))
                .map(deleted -> deleted.rowCount());
    }
}
