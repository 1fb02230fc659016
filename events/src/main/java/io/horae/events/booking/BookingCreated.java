package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking was made (from a hold or in one step); {@code status} says whether it still waits for the merchant or
 * for a payment.
 */
@RegisterForReflection
public record BookingCreated(UUID bookingId, String reference, UUID reservationId, String status, UUID customerId,
                             OffsetDateTime start, OffsetDateTime end) {
    public static final EventType<BookingCreated> TYPE =
            new EventType<>("booking.created.v1", Topics.BOOKINGS, BookingCreated.class);
}
