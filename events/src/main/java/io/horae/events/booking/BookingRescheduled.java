package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A booking moved to a new, already confirmed reservation: the old one is to be released. */
@RegisterForReflection
public record BookingRescheduled(UUID bookingId, UUID fromReservationId, UUID toReservationId) {
    public static final EventType<BookingRescheduled> TYPE =
            new EventType<>("booking.rescheduled.v1", Topics.BOOKINGS, BookingRescheduled.class);
}
