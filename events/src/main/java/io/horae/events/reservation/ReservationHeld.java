package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A hold took capacity until it expires or is confirmed. */
@RegisterForReflection
public record ReservationHeld(UUID reservationId, List<ClaimedLine> lines, OffsetDateTime expiresAt) {
    public static final EventType<ReservationHeld> TYPE = new EventType<>("reservation.held.v1", Topics.RESERVATIONS, ReservationHeld.class);
}
