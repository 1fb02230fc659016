package io.horae.booking.booking;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal tokens booking-service signs itself (key id {@code booking}) for the calls it makes without a client
 * request, such as holding a freed slot for a waiting customer. Valid 60 s, reused for 30 s per tenant.
 */
@ApplicationScoped
public class ServiceTokens {
    private static final Duration LIFE = Duration.ofSeconds(60);

    private record Minted(String token, Instant reuseUntil) {
    }

    private final ConcurrentHashMap<String, Minted> minted = new ConcurrentHashMap<>();

    /** The {@code Authorization} value for a call on the tenant's behalf. */
    public String authorization(String tenantId) {
        Instant now = Instant.now();
        return "Bearer " + minted.compute(tenantId, (t, old) -> old != null && old.reuseUntil().isAfter(now) ? old
                : new Minted(Jwt.issuer("horae").subject("service:booking").claim("tenant", t)
                        .claim("scope", "reservations:write").expiresIn(LIFE).jws().keyId("booking").sign(),
                        now.plus(LIFE.dividedBy(2)))).token();
    }
}
