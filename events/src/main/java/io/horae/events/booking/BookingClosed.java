package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A booking ended for good: the customer came ({@code COMPLETED}) or did not ({@code NO_SHOW}). */
@RegisterForReflection
public record BookingClosed(UUID bookingId, String status) {
    public static final EventType<BookingClosed> TYPE =
            new EventType<>("booking.closed.v1", Topics.BOOKINGS, BookingClosed.class);
}
