package io.horae.availability.busy;

import io.horae.availability.slot.Interval;
import io.horae.catalogue.api.AffectedBooking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Time a reservation line takes on a resource, projected from horae.reservations. */
@Entity
@Table(name = "busy_interval")
public class BusyInterval {
    @Id
    @Column(name = "claim_id")
    public UUID claimId;
    @Column(name = "reservation_id")
    public UUID reservationId;
    /** The booking the reservation was claimed for; null while it is only held. */
    @Column(name = "booking_id")
    public UUID bookingId;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "service_id")
    public UUID serviceId;
    @Column(name = "class_id")
    public UUID classId;
    @Column(name = "footprint_start")
    public OffsetDateTime footprintStart;
    @Column(name = "footprint_end")
    public OffsetDateTime footprintEnd;
    public int seats;

    public Interval footprint() {
        return new Interval(footprintStart.toInstant(), footprintEnd.toInstant());
    }

    /** This claim as a booking a change of the catalogue leaves standing. */
    public AffectedBooking affected() {
        return new AffectedBooking(bookingId, reservationId, resourceId, serviceId, footprintStart);
    }
}
