package io.horae.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "horae.gateway")
public interface GatewaySettings {
    /** The first tenant, created at start with {@link #bootstrapApiKey()} as its platform key. */
    Optional<String> bootstrapTenant();

    /** The first API key; every further key is issued through {@code /api/v1/api-keys} and {@code /api/v1/tenants}. */
    Optional<String> bootstrapApiKey();

    /**
     * Whether the first tenant's public booking page ({@code /book/{tenant}}) is turned on at start, unless the tenant
     * set its page already: on for {@code ./horae up}'s demo tenant, off elsewhere.
     */
    @WithDefault("false")
    boolean bootstrapBookingPage();

    /** Base URL of each service by name (customer, availability, reservations, booking); replicas comma-separated. */
    Map<String, String> upstreams();

    /** How long an upstream may stay silent before the client gets a 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** How long a resolved API key is trusted without asking the database again (a revocation here is immediate). */
    @WithDefault("5s")
    Duration keyCacheTtl();

    /** How many gateway replicas share the traffic: each enforces its share of every tenant's rate limit. */
    @WithDefault("1")
    int replicas();

    /** The rate limit of a tenant that has none of its own. */
    RateLimit rateLimit();

    /** One line per request with tenant, route, status and latency. */
    @WithDefault("true")
    boolean accessLog();

    interface RateLimit {
        /** Tokens added to a key's bucket per second. */
        @WithDefault("50")
        int requestsPerSecond();

        /** The bucket's size: how many requests may come at once. */
        @WithDefault("100")
        int burst();

        /**
         * The tenants whose refusals are counted under their own id ({@code horae_rate_limit_refusals_total{tenant}});
         * every other tenant's under {@code other}, so the series stay as few as this list is long.
         */
        Optional<Set<String>> countedTenants();
    }
}
