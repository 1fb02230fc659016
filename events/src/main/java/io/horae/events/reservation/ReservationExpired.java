package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A hold passed its TTL unconfirmed; its capacity is free again. */
@RegisterForReflection
public record ReservationExpired(UUID reservationId) {
    public static final EventType<ReservationExpired> TYPE = new EventType<>("reservation.expired.v1", Topics.RESERVATIONS, ReservationExpired.class);
}
