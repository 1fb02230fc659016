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

    /** The longest the relay sleeps when no commit wakes it (a missed notification costs at most this). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long one send may wait for Kafka before the batch is rolled back and retried. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** The longest pause between retries while Kafka or PostgreSQL is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();
}
