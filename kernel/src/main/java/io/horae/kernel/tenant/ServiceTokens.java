package io.horae.kernel.tenant;

import io.horae.access.Signers;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal tokens a service signs itself (key id and subject {@code service:} its signer's name, from
 * {@code horae.token.signer}) for the calls it makes to other services on a tenant's behalf, whatever the client's
 * key may do there. booking-service's claims reach reservations' {@code /internal/} paths with them, which no client
 * token does; reservations-service asks customer-service whether a product reservation's customer exists. They carry
 * the signer's limit ({@link Signers#limit}: its scopes, the services it calls), which is all the services accept
 * from its key. Valid 60 s, reused for 30 s per tenant (signing costs a millisecond).
 */
@ApplicationScoped
public class ServiceTokens {
    private static final Duration LIFE = Duration.ofSeconds(60);

    private record Minted(String authorization, Instant reuseUntil) {
    }

    private final String signer;
    private final Signers.Limit limit;
    private final ConcurrentHashMap<String, Minted> minted = new ConcurrentHashMap<>();

    ServiceTokens(@ConfigProperty(name = "horae.token.signer") String signer) {
        this.signer = signer;
        this.limit = Signers.limit(signer);
    }

    /** The {@code Authorization} value for a call on the tenant's behalf. */
    public String authorization(String tenantId) {
        Instant now = Instant.now();
        Minted current = minted.get(tenantId);
        if (current != null && current.reuseUntil().isAfter(now)) {
            return current.authorization();
        }
        return minted.compute(tenantId, (t, old) -> old != null && old.reuseUntil().isAfter(now) ? old
                : new Minted("Bearer " + Jwt.issuer("horae").subject(TenantFilter.SERVICE_SUBJECT + signer)
                        .audience(limit.audience()).claim("tenant", t).claim("scope", String.join(" ", limit.scopes()))
                        .expiresIn(LIFE).jws().keyId(signer).sign(), now.plus(LIFE.dividedBy(2))))
                .authorization();
    }
}
