package io.horae.kernel.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.outbox")
public interface OutboxSettings {
    /** Whether this process relays its outbox to Kafka. */
    @WithDefault("true")
    boolean enabled();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long the relay waits after a commit woke it before it reads the outbox, so that the events of concurrent
     * commits travel to Kafka in one batch instead of one request each.
     */
    @WithDefault("5ms")
    Duration linger();

    /** How long published outbox rows and inbox records are kept before they are pruned. */
    @WithDefault("7d")
    Duration retention();

    /** How often rows past their retention are pruned. */
    @WithDefault("10m")
    Duration pruneEvery();

    /** The longest the relay sleeps when no commit wakes it (a missed notification costs at most this). */
    @WithDefault("5s")
    Duration pollInterval();

    /** How long one send may wait for Kafka before the batch is rolled back and retried. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** The longest pause between retries while Kafka or PostgreSQL is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();
}
