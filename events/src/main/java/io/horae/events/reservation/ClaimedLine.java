package io.horae.events.reservation;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a reservation: the service on a resource from {@code start} to {@code end}, blocking the resource
 * over its footprint (buffers included); {@code classId} and {@code seats} for a class occurrence. A product line
 * ({@code productId}, {@code seats} pieces, from the stock of {@code locationId} if given) blocks no resource.
 */
@RegisterForReflection
public record ClaimedLine(UUID lineId, UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start,
                          OffsetDateTime end, OffsetDateTime footprintStart, OffsetDateTime footprintEnd, int seats,
                          UUID productId, UUID locationId) {
    /** A line on a resource (events written before product lines existed read the same way). */
    public ClaimedLine(UUID lineId, UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start,
                       OffsetDateTime end, OffsetDateTime footprintStart, OffsetDateTime footprintEnd, int seats) {
        this(lineId, resourceId, serviceId, classId, start, end, footprintStart, footprintEnd, seats, null, null);
    }

    /** Whether the line blocks time on a resource (every line but a product's). */
    public boolean onResource() {
        return resourceId != null;
    }
}
