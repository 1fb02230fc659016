package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A reservation took capacity: a hold until {@code expiresAt}, or the lasting claim of booking {@code bookingId}
 * ({@code expiresAt} null). Its lines keep their resources busy until it is released or expires.
 */
@RegisterForReflection
public record ReservationClaimed(UUID reservationId, UUID bookingId, List<ClaimedLine> lines,
                                 OffsetDateTime expiresAt) {
    public static final EventType<ReservationClaimed> TYPE =
            new EventType<>("reservation.claimed.v1", Topics.RESERVATIONS, ReservationClaimed.class);
}
