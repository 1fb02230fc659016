package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A hold became a booking's lasting claim. */
@RegisterForReflection
public record ReservationConfirmed(UUID reservationId, UUID bookingId) {
    public static final EventType<ReservationConfirmed> TYPE = new EventType<>("reservation.confirmed.v1", Topics.RESERVATIONS, ReservationConfirmed.class);
}
