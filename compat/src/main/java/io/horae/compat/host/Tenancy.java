package io.horae.compat.host;

import io.horae.access.Caller;
import io.vertx.core.Future;

import java.time.Instant;
import java.util.Optional;

/** What the hosting gateway itself keeps of tenants and keys, for vendor actions that ask for it. */
public interface Tenancy {
    /** A short-time token issued now for {@code caller}'s key. */
    Future<IssuedToken> shortTimeToken(Caller caller);

    /** The tenant's display name, if it has one. */
    Future<Optional<String>> tenantName(String tenant);

    /** A token's secret, shown once, and when it stops working. */
    record IssuedToken(String secret, Instant expiresAt) {
    }
}
