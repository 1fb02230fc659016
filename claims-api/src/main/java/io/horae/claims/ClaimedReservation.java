package io.horae.claims;

import io.horae.events.reservation.ClaimedLine;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A reservation as reservations-service answers a {@link BookingClaim}: what it claims, for whom, until when. */
@RegisterForReflection
public record ClaimedReservation(UUID id, ReservationStatus status, UUID customerId, UUID bookingId,
                                 OffsetDateTime expiresAt, OffsetDateTime createdAt, List<ClaimedLine> lines) {
}
