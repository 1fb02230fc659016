package io.horae.gateway.route;

import io.horae.access.Routes;
import io.horae.access.Signers;
import io.horae.gateway.ExpiringMap;
import io.horae.access.Caller;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HashSet;
import java.util.UUID;

/**
 * The token the gateway forwards instead of the client's credentials: RS256-signed by smallrye-jwt with the
 * gateway's private key, naming the tenant, the key's scopes and as audience the services the call may reach
 * ({@link Routes#audience}), valid for 60 s. Signing costs about a millisecond of CPU, so one token per key and
 * service is reused for its first 30 s; the request id travels in {@code X-Request-Id}.
 */
@ApplicationScoped
public class InternalTokens {
    public static final String ISSUER = "horae";
    static final String KEY_ID = Signers.GATEWAY;
    static final Duration LIFE = Duration.ofSeconds(60);

    private record Use(UUID keyId, String service) {
    }

    private final ExpiringMap<Use, String> minted = new ExpiringMap<>(LIFE.dividedBy(2), 100_000, false);

    /** The token for the caller's request to {@code service} (a name of {@link Routes}). */
    public String forCaller(Caller caller, String service) {
        return minted.computeIfAbsent(new Use(caller.keyId(), service), use -> Jwt.issuer(ISSUER)
                .subject(use.keyId().toString())
                .audience(new HashSet<>(Routes.audience(use.service())))
                .claim("tenant", caller.tenant())
                .claim("scope", String.join(" ", caller.scopes()))
                .expiresIn(LIFE)
                .jws().keyId(KEY_ID)
                .sign());
    }

    /** Drops the tokens of keys no longer in use; call it now and then. */
    public void sweep() {
        minted.sweep();
    }
}
