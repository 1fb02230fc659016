package io.horae.gateway.route;

import io.horae.gateway.ExpiringMap;
import io.horae.gateway.key.Caller;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.UUID;

/**
 * The token the gateway forwards instead of the client's credentials: RS256-signed by smallrye-jwt with the
 * gateway's private key, naming the tenant and scopes, valid for 60 s. Signing costs about a millisecond of CPU, so
 * one token per key is reused for its first 30 s; the request id travels in {@code X-Request-Id}.
 */
@ApplicationScoped
public class InternalTokens {
    public static final String ISSUER = "horae";
    static final String KEY_ID = "gateway";
    static final Duration LIFE = Duration.ofSeconds(60);

    private final ExpiringMap<UUID, String> minted = new ExpiringMap<>(LIFE.dividedBy(2), 100_000, false);

    public String forCaller(Caller caller) {
        return minted.computeIfAbsent(caller.keyId(), key -> Jwt.issuer(ISSUER)
                .subject(key.toString())
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
