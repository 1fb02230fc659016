package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A claim was given back (cancellation, reschedule, release); its capacity is free again. */
@RegisterForReflection
public record ReservationReleased(UUID reservationId, String reason) {
    public static final EventType<ReservationReleased> TYPE = new EventType<>("reservation.released.v1", Topics.RESERVATIONS, ReservationReleased.class);
}
