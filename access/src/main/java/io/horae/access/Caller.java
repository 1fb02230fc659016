package io.horae.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as an API key (or a short-time token issued for one) resolves: the tenant it acts for, what it
 * may do and its tenant's own rate limit, if any.
 *
 * @param parentId the key a short-time token was issued for; {@code null} for a key
 */
public record Caller(UUID keyId, UUID parentId, String tenant, Set<String> scopes, Instant expiresAt,
                     Integer requestsPerSecond, Integer burst) {

    public boolean isShortTimeToken() {
        return parentId != null;
    }


    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public boolean derivesFrom(UUID key) {
        return keyId.equals(key) || key.equals(parentId);
    }
}
