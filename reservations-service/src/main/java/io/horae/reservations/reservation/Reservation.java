package io.horae.reservations.reservation;

import io.horae.claims.ReservationStatus;
import io.horae.kernel.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A claim on capacity of one or more lines: HELD until it expires or a booking takes it, CONFIRMED while its booking
 * lasts, then RELEASED; a hold nobody took in time is EXPIRED. Released and expired capacity is free again.
 */
@Entity
@Table(name = "reservation")
public class Reservation {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Enumerated(EnumType.STRING)
    public ReservationStatus status;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "booking_id")
    public UUID bookingId;
    /** Until when a HELD reservation holds; none once confirmed. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Gives the capacity back; releasing what is already free changes nothing. */
    boolean release(OffsetDateTime now) {
        if (status == ReservationStatus.RELEASED || status == ReservationStatus.EXPIRED) {
            return false;
        }
        status = ReservationStatus.RELEASED;
        updatedAt = now;
        return true;
    }

    boolean expire(OffsetDateTime now) {
        if (status != ReservationStatus.HELD || expiresAt.isAfter(now)) {
            return false;
        }
        status = ReservationStatus.EXPIRED;
        updatedAt = now;
        return true;
    }

    /** A RELEASED reservation that never claimed anything: what a release leaves for an id nobody claimed yet. */
    static Reservation releasedBeforeClaimed(String tenantId, UUID id, OffsetDateTime now) {
        Reservation released = new Reservation();
        released.id = id;
        released.tenantId = tenantId;
        released.status = ReservationStatus.RELEASED;
        released.createdAt = now;
        released.updatedAt = now;
        return released;
    }

    /** Refuses a reservation that is no longer open. */
    static ProblemException notOpen(UUID id, ReservationStatus status) {
        return ProblemException.conflict("reservation " + id + " is " + status.name().toLowerCase());
    }
}
