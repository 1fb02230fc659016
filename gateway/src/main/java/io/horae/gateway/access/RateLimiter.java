package io.horae.gateway.access;

import io.horae.gateway.ExpiringMap;
import io.horae.gateway.GatewaySettings;
import io.horae.gateway.TokenBucket;
import io.horae.access.Caller;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One token bucket per tenant, whichever of its keys and tokens a request carries, sized by the tenant's own limit (or
 * the default): the limit a tenant has is the limit it gets. The buckets live in each gateway's memory; with several
 * gateway replicas behind a load balancer ({@code horae.gateway.replicas}) each holds its share of the limit, so the
 * replicas together let through the tenant's limit, not a multiple of it (exactly when the balancer spreads a
 * tenant's requests evenly, less when it does not).
 */
@ApplicationScoped
public class RateLimiter {
    static final String OTHERS = "other";
    private final GatewaySettings.RateLimit defaults;
    private final int replicas;
    private final ExpiringMap<String, TokenBucket> buckets = new ExpiringMap<>(Duration.ofMinutes(10), 200_000, true);

    /**
     * Requests refused for a spent limit, by tenant for the tenants the operator lists
     * ({@code horae.gateway.rate-limit.counted-tenants}) and under {@code other} for the rest: tenants are not
     * bounded, the list is.
     */
    private final Map<String, Counter> refused;
    private final Counter refusedOthers;

    public RateLimiter(GatewaySettings settings, MeterRegistry registry) {
        this.defaults = settings.rateLimit();
        this.replicas = settings.replicas();
        this.refused = defaults.countedTenants().orElse(Set.of()).stream()
                .collect(Collectors.toUnmodifiableMap(tenant -> tenant, tenant -> refusals(registry, tenant)));
        this.refusedOthers = refusals(registry, OTHERS);
    }

    private static Counter refusals(MeterRegistry registry, String tenant) {
        return Counter.builder("horae.rate.limit.refusals").tag("tenant", tenant)
                .description("Requests refused because the tenant's rate limit was spent").register(registry);
    }

    void start(@Observes StartupEvent start, Vertx vertx) {
        vertx.setPeriodic(Duration.ofMinutes(1).toMillis(), id -> buckets.sweep());
    }

    /** 0 when the caller may go on, else the whole seconds to wait ({@code Retry-After}). */
    public long secondsToWait(Caller caller) {
        int perSecond = share(caller.requestsPerSecond() != null ? caller.requestsPerSecond()
                : defaults.requestsPerSecond());
        int burst = share(caller.burst() != null ? caller.burst() : defaults.burst());
        long now = System.nanoTime();
        TokenBucket bucket = buckets.computeIfAbsent(caller.tenant(), k -> new TokenBucket(perSecond, burst, now));
        if (!bucket.sameRate(perSecond, burst)) {
            // the tenant's limit changed: start a bucket of the new size
            buckets.remove(caller.tenant());
            bucket = buckets.computeIfAbsent(caller.tenant(), k -> new TokenBucket(perSecond, burst, now));
        }
        long nanos = bucket.take(now);
        if (nanos == 0) {
            return 0;
        }
        refused.getOrDefault(caller.tenant(), refusedOthers).increment();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private int share(int limit) {
        return Math.max(1, (limit + replicas - 1) / replicas);
    }
}
