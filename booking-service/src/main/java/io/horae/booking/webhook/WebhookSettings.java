package io.horae.booking.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.booking.webhooks")
public interface WebhookSettings {
    /** The wait after the first failed attempt; each further one doubles it, up to an hour. */
    @WithDefault("10s")
    Duration firstRetry();

    /** How long a receiver may take to answer. */
    @WithDefault("10s")
    Duration timeout();

    /** How many deliveries one round sends. */
    @WithDefault("50")
    int batch();
}
