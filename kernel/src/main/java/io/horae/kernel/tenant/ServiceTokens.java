package io.horae.booking.calls;

import io.horae.access.Signers;
import io.horae.kernel.tenant.TenantFilter;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal tokens booking-service signs itself (key id {@code booking}, subject {@code service:booking}) for its
 * calls to other services on a tenant's behalf: claims for bookings reach reservations' {@code /internal/} paths
 * with them, which no client token does, and payments reach the customer's wallet whatever the client's key may do
 * there. They carry booking's limit ({@link Signers#limit}: its scopes, the services it calls), which is all the
 * services accept from its key. Valid 60 s, reused for 30 s per tenant (signing costs a millisecond).
 */
@ApplicationScoped
public class ServiceTokens {
    private static final Duration LIFE = Duration.ofSeconds(60);
    private static final Signers.Limit LIMIT = Signers.limit(Signers.BOOKING);

    private record Minted(String authorization, Instant reuseUntil) {
    }

    private final ConcurrentHashMap<String, Minted> minted = new ConcurrentHashMap<>();

    /** The {@code Authorization} value for a call on the tenant's behalf. */
    public String authorization(String tenantId) {
        Instant now = Instant.now();
        Minted current = minted.get(tenantId);
        if (current != null && current.reuseUntil().isAfter(now)) {
            return current.authorization();
        }
        return minted.compute(tenantId, (t, old) -> old != null && old.reuseUntil().isAfter(now) ? old
                : new Minted("Bearer " + Jwt.issuer("horae").subject(TenantFilter.SERVICE_SUBJECT + Signers.BOOKING)
                        .audience(LIMIT.audience()).claim("tenant", t).claim("scope", String.join(" ", LIMIT.scopes()))
                        .expiresIn(LIFE).jws().keyId(Signers.BOOKING).sign(), now.plus(LIFE.dividedBy(2))))
                .authorization();
    }
}
