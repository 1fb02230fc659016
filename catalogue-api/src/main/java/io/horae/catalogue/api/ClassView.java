package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A class occurrence as clients read it, times in UTC. {@code seriesId}: the weekly series it was scheduled in, if
 * any. {@code cancelledAt}: set once the merchant cancelled it (no seats are left then).
 */
@RegisterForReflection
public record ClassView(UUID id, UUID seriesId, UUID serviceId, UUID resourceId, UUID locationId, OffsetDateTime start,
                        OffsetDateTime end, int capacity, long seatsLeft, OffsetDateTime cancelledAt,
                        String cancelReason) {
}
