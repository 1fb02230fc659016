package io.horae.gateway.access;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.horae.gateway.GatewaySettings;
import io.horae.access.Caller;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant's limit holds across gateway replicas: together they let through its burst, not a multiple of it. */
class RateLimiterTest {
    @Test
    void twoReplicasTogetherLetThroughOneBurstOfTheTenant() {
        RateLimiter first = new RateLimiter(settings(2), new SimpleMeterRegistry());
        RateLimiter second = new RateLimiter(settings(2), new SimpleMeterRegistry());
        Caller caller = new Caller(UUID.randomUUID(), null, "acme", Set.of("admin"), null, 1, 40);
        int passed = 0;
        for (int i = 0; i < 100; i++) {
            passed += (i % 2 == 0 ? first : second).secondsToWait(caller) == 0 ? 1 : 0;
        }
        assertThat(passed).isEqualTo(40);

        RateLimiter alone = new RateLimiter(settings(1), new SimpleMeterRegistry());
        int passedAlone = 0;
        for (int i = 0; i < 100; i++) {
            passedAlone += alone.secondsToWait(caller) == 0 ? 1 : 0;
        }
        assertThat(passedAlone).isEqualTo(40);
    }

    @Test
    void refusalsAreCountedByTenantOnlyForTheTenantsListed() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RateLimiter limiter = new RateLimiter(settings(1), registry);
        for (String tenant : java.util.List.of("acme", "globex", "initech")) {
            Caller caller = new Caller(UUID.randomUUID(), null, tenant, Set.of("admin"), null, 1, 2);
            for (int i = 0; i < 5; i++) {
                limiter.secondsToWait(caller);
            }
        }
        assertThat(registry.get("horae.rate.limit.refusals").tag("tenant", "acme").counter().count()).isEqualTo(3);
        assertThat(registry.get("horae.rate.limit.refusals").tag("tenant", RateLimiter.OTHERS).counter().count())
                .isEqualTo(6);
        assertThat(registry.find("horae.rate.limit.refusals").counters()).hasSize(2);
    }

    private static GatewaySettings settings(int replicas) {
        return new GatewaySettings() {
            public Optional<String> bootstrapTenant() {
                return Optional.empty();
            }

            public Optional<String> bootstrapApiKey() {
                return Optional.empty();
            }

            public boolean bootstrapBookingPage() {
                return false;
            }

            public Map<String, String> upstreams() {
                return Map.of();
            }

            public Duration upstreamTimeout() {
                return Duration.ofSeconds(30);
            }

            public Duration keyCacheTtl() {
                return Duration.ofSeconds(5);
            }

            public int replicas() {
                return replicas;
            }

            public RateLimit rateLimit() {
                return new RateLimit() {
                    public int requestsPerSecond() {
                        return 50;
                    }

                    public int burst() {
                        return 100;
                    }

                    public Optional<Set<String>> countedTenants() {
                        return Optional.of(Set.of("acme"));
                    }
                };
            }

            public boolean accessLog() {
                return true;
            }
        };
    }
}
