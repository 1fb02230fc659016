package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** The merchant rejected a booking that waited for confirmation: its reservation is to be released. */
@RegisterForReflection
public record BookingRejected(UUID bookingId, UUID reservationId, String reason) {
    public static final EventType<BookingRejected> TYPE =
            new EventType<>("booking.rejected.v1", Topics.BOOKINGS, BookingRejected.class);
}
