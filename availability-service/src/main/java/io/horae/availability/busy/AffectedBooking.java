package io.horae.availability.busy;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A claim on the calendar that a change of the catalogue leaves standing but the merchant should look at: a future
 * booking (or a hold, {@code bookingId} null) on a resource or service that was retired.
 */
public record AffectedBooking(UUID bookingId, UUID reservationId, UUID resourceId, UUID serviceId,
                              OffsetDateTime start) {
    public static AffectedBooking of(BusyInterval busy) {
        return new AffectedBooking(busy.bookingId, busy.reservationId, busy.resourceId, busy.serviceId,
                busy.footprintStart);
    }
}
