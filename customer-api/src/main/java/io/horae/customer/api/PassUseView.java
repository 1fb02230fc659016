package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An entry taken of a held pass. */
@RegisterForReflection
public record PassUseView(UUID id, UUID customerPassId, String reference, OffsetDateTime usedAt) {
}
