package io.horae.reservations.reservation;

import io.horae.events.reservation.ClaimedLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a reservation: a service on a resource and the time it blocks there (buffers included), or pieces of a
 * product at a start (taken from {@code locationId}'s stock when it names one).
 */
@Entity
@Table(name = "claim")
public class Claim {
    @Id
    public UUID id;
    @Column(name = "reservation_id", nullable = false, updatable = false)
    public UUID reservationId;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "service_id")
    public UUID serviceId;
    @Column(name = "class_id")
    public UUID classId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Column(name = "footprint_start")
    public OffsetDateTime footprintStart;
    @Column(name = "footprint_end")
    public OffsetDateTime footprintEnd;
    /** Seats of a shared start, or pieces of a product. */
    public int seats;
    @Column(name = "product_id")
    public UUID productId;
    @Column(name = "location_id")
    public UUID locationId;
    /** Null for an exclusive claim; else the start it shares with others, counted in capacity_counter. */
    @Column(name = "capacity_key")
    public String capacityKey;
    public boolean active;

    /** The line as events and clients see it. */
    ClaimedLine claimed() {
        return new ClaimedLine(id, resourceId, serviceId, classId, startsAt, endsAt, footprintStart, footprintEnd, seats,
                productId, locationId);
    }
}
