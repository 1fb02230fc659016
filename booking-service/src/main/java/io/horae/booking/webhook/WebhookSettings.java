package io.horae.booking.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "horae.booking.webhooks")
public interface WebhookSettings {
    /** The wait after the first failed attempt; each further one doubles it, up to an hour. */
    @WithDefault("10s")
    Duration firstRetry();

    /** How long one attempt may take in all: connecting, sending, the receiver's answer. */
    @WithDefault("10s")
    Duration timeout();

    /** How many attempts may run at once in this process. */
    @WithDefault("64")
    int inFlight();

    /** How many attempts of one subscription may run at once: a slow receiver holds no more than these. */
    @WithDefault("4")
    int inFlightPerSubscription();

    /** How many due deliveries of one tenant one round takes, so that no tenant's backlog starves the others. */
    @WithDefault("16")
    int perTenantPerRound();

    /** How many active subscriptions a tenant may have. */
    @WithDefault("25")
    int subscriptionsPerTenant();

    /** How long a rotated secret keeps signing beside the new one. */
    @WithDefault("24h")
    Duration secretGrace();

    /** Whether plain http receivers are accepted (local development and tests); otherwise https only. */
    @WithDefault("false")
    boolean plainHttp();

    /**
     * Address ranges (CIDR) a receiver may have although they are not public, for tests and local development
     * ({@code 127.0.0.1/32}); none by default.
     */
    Optional<List<String>> allowedPrivateRanges();
}
