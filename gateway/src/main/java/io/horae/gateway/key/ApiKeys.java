package io.horae.gateway.key;

import io.horae.gateway.ExpiringMap;
import io.horae.gateway.GatewaySettings;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolves the credentials of a request to its {@link Caller}: {@code Authorization: Bearer <key or token>}, or
 * Basic with the key as the password (how CareCloud clients send it). A resolved secret is trusted for a few seconds
 * without asking the database again; revoking through this gateway forgets it at once.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final ApiKeyStore store;
    private final ExpiringMap<String, Future<Optional<Caller>>> resolved;

    public ApiKeys(ApiKeyStore store, GatewaySettings settings) {
        this.store = store;
        this.resolved = new ExpiringMap<>(settings.keyCacheTtl(), 100_000, false);
    }

    void start(@Observes StartupEvent start, Vertx vertx, GatewaySettings settings) {
        vertx.setPeriodic(settings.keyCacheTtl().toMillis(), id -> resolved.sweep());
    }

    /** The caller of the request, or empty when it carries no valid key or token. */
    public Future<Optional<Caller>> callerOf(HttpServerRequest request) {
        String secret = secretOf(request.getHeader("Authorization"));
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Future.succeededFuture(Optional.empty());
        }
        byte[] digest = KeySecrets.digest(secret);
        Future<Optional<Caller>> caller = resolved.computeIfAbsent(HexFormat.of().formatHex(digest),
                k -> store.findByDigest(digest));
        return caller.recover(e -> {
            resolved.remove(HexFormat.of().formatHex(digest));
            LOG.warnf("API keys cannot be read: %s", e.getMessage());
            return Future.failedFuture(e);
        });
    }

    /** Forgets the key and every token issued for it, so a revocation takes effect on the next request. */
    void forget(UUID keyId) {
        resolved.removeIf((digest, caller) -> !caller.isComplete() || caller.succeeded()
                && caller.result().map(c -> c.derivesFrom(keyId)).orElse(false));
    }

    private static String secretOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? pair : pair.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }
}
