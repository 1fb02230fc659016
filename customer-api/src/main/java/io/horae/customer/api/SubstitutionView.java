package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A session owed to a customer for one of {@code serviceId}: why, until when it can pay, and the booking reference
 * that used it ({@code usedBy}, none while it is free).
 */
@RegisterForReflection
public record SubstitutionView(UUID id, UUID serviceId, String reason, String originReference, LocalDate validUntil,
                               String usedBy, OffsetDateTime usedAt, OffsetDateTime createdAt) {
}
