package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One thing that happened to a booking: its {@code type}, the status after it, who did it and when. */
@RegisterForReflection
public record ActivityView(long id, UUID bookingId, String type, String status, String actor, String detail,
                           OffsetDateTime at) {
}
