package io.horae.booking.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A move of a booking: to a hold the client took ({@code reservationId}), or to another {@code start}. */
public record Reschedule(UUID reservationId, OffsetDateTime start) {
}
