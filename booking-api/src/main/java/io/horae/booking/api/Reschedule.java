package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A move of a booking: to a hold the client took ({@code reservationId}), or to another {@code start}. */
@RegisterForReflection
public record Reschedule(UUID reservationId, OffsetDateTime start) {
}
