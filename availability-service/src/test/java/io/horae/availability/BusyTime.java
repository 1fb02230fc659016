package io.horae.availability;

import io.horae.testing.HoraeInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Claims of reservations-service as availability's projection of horae.reservations holds them. */
final class BusyTime {
    private BusyTime() {
    }

    /** A claimed line on the calendar, of a booking (null: a hold) and, with {@code classId}, a class; its reservation. */
    static UUID claim(String tenant, String resourceId, String serviceId, String classId, OffsetDateTime start,
                      OffsetDateTime end, int seats, UUID booking) throws Exception {
        UUID reservation = UUID.randomUUID();
        try (Connection db = HoraeInfrastructure.database(); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO busy_interval (claim_id, reservation_id, tenant_id, resource_id, service_id, class_id,
                                           footprint_start, footprint_end, seats, booking_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, reservation);
            insert.setString(3, tenant);
            insert.setObject(4, UUID.fromString(resourceId));
            insert.setObject(5, UUID.fromString(serviceId));
            insert.setObject(6, classId == null ? null : UUID.fromString(classId));
            insert.setTimestamp(7, Timestamp.from(start.toInstant()));
            insert.setTimestamp(8, Timestamp.from(end.toInstant()));
            insert.setInt(9, seats);
            insert.setObject(10, booking);
            insert.executeUpdate();
        }
        return reservation;
    }
}
