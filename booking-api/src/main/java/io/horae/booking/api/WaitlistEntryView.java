package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer waiting for a time slot ({@code resourceId}, {@code serviceId}, {@code start}), seats in a class
 * ({@code classId}) or a course ({@code courseId}). {@code reservationId} and {@code offerExpiresAt}: the place held
 * for the customer while it is offered.
 */
@RegisterForReflection
public record WaitlistEntryView(UUID id, UUID customerId, UUID resourceId, UUID serviceId, OffsetDateTime start,
                                UUID classId, UUID courseId, int seats, WaitlistStatus status, UUID reservationId,
                                OffsetDateTime offerExpiresAt, OffsetDateTime createdAt) {
}
