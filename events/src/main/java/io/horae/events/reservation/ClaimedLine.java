package io.horae.events.reservation;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a reservation: the service on a resource from {@code start} to {@code end}, blocking the resource
 * over its footprint (buffers included); {@code classId} and {@code seats} for a class occurrence.
 */
@RegisterForReflection
public record ClaimedLine(UUID lineId, UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start,
                          OffsetDateTime end, OffsetDateTime footprintStart, OffsetDateTime footprintEnd, int seats) {
}
