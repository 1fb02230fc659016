package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A claim on the calendar that a change of the catalogue leaves standing but the merchant should look at: a future
 * booking (or a hold, {@code bookingId} null) on a resource or service that was retired, or in time taken off.
 */
@RegisterForReflection
public record AffectedBooking(UUID bookingId, UUID reservationId, UUID resourceId, UUID serviceId,
                              OffsetDateTime start) {
}
