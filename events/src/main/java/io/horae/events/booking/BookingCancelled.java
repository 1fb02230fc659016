package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A booking was cancelled: the reservation that held its capacity is to be released. */
@RegisterForReflection
public record BookingCancelled(UUID bookingId, UUID reservationId, String reason) {
    public static final EventType<BookingCancelled> TYPE =
            new EventType<>("booking.cancelled.v1", Topics.BOOKINGS, BookingCancelled.class);
}
