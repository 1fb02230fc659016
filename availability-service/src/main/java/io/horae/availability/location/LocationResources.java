package io.horae.availability.location;

import io.horae.catalogue.api.AffectedBooking;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.UUID;

/** What a location's life needs of the resources at it (implemented where resources are kept). */
public interface LocationResources {
    /** How many resources, in use or retired, are at the location. */
    Uni<Long> count(String tenantId, UUID locationId);

    /** Retires every resource in use at the location; the future bookings on them. */
    Uni<List<AffectedBooking>> retireAll(String tenantId, UUID locationId);
}
