package io.horae.gateway.key;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A key or token as a listing shows it; {@code secret} is filled only in the answer that issued it. */
public record IssuedKey(UUID id, String tenant, String name, String hint, Set<String> scopes, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, String secret) {
}
