package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Time a resource is taken off. {@code affectedBookings}: what is booked during it (a time off cancels nothing; the
 * merchant moves or cancels those), in the answer of one time off, not in lists.
 */
@RegisterForReflection
public record FreeTimeView(UUID id, UUID resourceId, OffsetDateTime start, OffsetDateTime end, String reason,
                           List<AffectedBooking> affectedBookings) {
}
