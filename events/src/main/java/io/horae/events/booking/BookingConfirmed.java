package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A pending booking was confirmed by the merchant or by its payment. */
@RegisterForReflection
public record BookingConfirmed(UUID bookingId, UUID reservationId) {
    public static final EventType<BookingConfirmed> TYPE =
            new EventType<>("booking.confirmed.v1", Topics.BOOKINGS, BookingConfirmed.class);
}
