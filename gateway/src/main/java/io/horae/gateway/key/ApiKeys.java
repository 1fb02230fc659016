package io.horae.gateway.key;

import io.horae.access.Caller;

import io.horae.gateway.ExpiringMap;
import io.horae.gateway.GatewaySettings;
import io.horae.gateway.TokenBucket;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the credentials of a request to its {@link Caller}: {@code Authorization: Bearer <key or token>}, or
 * Basic with the key as the password (how CareCloud clients send it). A known secret is trusted for a few seconds
 * without asking the database again; a revocation through any gateway forgets it at once ({@link Revocations}). Unknown secrets are
 * remembered apart, so a flood of made-up keys neither reaches the database twice nor pushes known keys out, and a
 * client address that keeps presenting unknown secrets is refused before they are looked up.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    /** Unknown secrets one client address may present: a burst of 20, then one a second. */
    private static final int UNKNOWN_PER_SECOND = 1;
    private static final int UNKNOWN_BURST = 20;

    /** What presenting a secret came to. */
    public sealed interface Resolution {
        /** The secret is a live key or token. */
        record Known(Caller caller) implements Resolution {
        }

        /** No live key or token has this secret (or none was presented). */
        record Unknown() implements Resolution {
        }

        /** The client address presented too many unknown secrets: wait {@code seconds}, nothing was looked up. */
        record Refused(long seconds) implements Resolution {
        }
    }

    private final ApiKeyStore store;
    private final ExpiringMap<String, Caller> known;
    private final ExpiringMap<String, Boolean> unknown;
    private final ConcurrentHashMap<String, Future<Optional<Caller>>> reading = new ConcurrentHashMap<>();
    private final ExpiringMap<String, TokenBucket> unknownByAddress =
            new ExpiringMap<>(Duration.ofMinutes(10), 100_000, true);

    public ApiKeys(ApiKeyStore store, GatewaySettings settings) {
        this.store = store;
        this.known = new ExpiringMap<>(settings.keyCacheTtl(), 100_000, false);
        this.unknown = new ExpiringMap<>(settings.keyCacheTtl(), 100_000, false);
    }

    void start(@Observes StartupEvent start, Vertx vertx, GatewaySettings settings) {
        vertx.setPeriodic(settings.keyCacheTtl().toMillis(), id -> {
            known.sweep();
            unknown.sweep();
            unknownByAddress.sweep();
        });
    }

    /** Who the request's credentials name. */
    public Future<Resolution> callerOf(HttpServerRequest request) {
        String secret = secretOf(request.getHeader("Authorization"));
        String address = request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Future.succeededFuture(unknownFrom(address));
        }
        String digest = HexFormat.of().formatHex(KeySecrets.digest(secret));
        Caller caller = known.get(digest);
        if (caller != null) {
            return Future.succeededFuture(new Resolution.Known(caller));
        }
        if (unknown.get(digest) != null) {
            return Future.succeededFuture(unknownFrom(address));
        }
        long wait = unknownByAddress.computeIfAbsent(address, a -> bucket()).waitNanos(System.nanoTime());
        if (wait > 0) {
            return Future.succeededFuture(new Resolution.Refused(Math.max(1, wait / 1_000_000_000L)));
        }
        return reading.computeIfAbsent(digest, d -> store.findByDigest(HexFormat.of().parseHex(d))
                        .onComplete(read -> reading.remove(d)))
                .map(found -> {
                    if (found.isPresent()) {
                        known.computeIfAbsent(digest, d -> found.get());
                        return (Resolution) new Resolution.Known(found.get());
                    }
                    unknown.computeIfAbsent(digest, d -> true);
                    return unknownFrom(address);
                })
                .onFailure(e -> LOG.warnf("API keys cannot be read: %s", e.getMessage()));
    }

    /** An unknown secret spends one of the address's allowance. */
    private Resolution unknownFrom(String address) {
        unknownByAddress.computeIfAbsent(address, a -> bucket()).take(System.nanoTime());
        return new Resolution.Unknown();
    }

    private static TokenBucket bucket() {
        return new TokenBucket(UNKNOWN_PER_SECOND, UNKNOWN_BURST, System.nanoTime());
    }

    /** Forgets the key and every token issued for it, so a revocation takes effect on the next request. */
    void forget(UUID keyId) {
        known.removeIf((digest, caller) -> caller.derivesFrom(keyId));
    }

    /** Forgets every key: each is looked up again when next presented. */
    void forgetAll() {
        known.removeIf((digest, caller) -> true);
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
