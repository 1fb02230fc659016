package io.horae.reservations.hold;

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
 * A claim on capacity: HELD until it expires or a booking confirms it, CONFIRMED while the booking lasts, then
 * RELEASED; a hold nobody confirms in time is EXPIRED. Released and expired capacity is free again.
 */
@Entity
@Table(name = "reservation")
public class Reservation {
    public enum Status { HELD, CONFIRMED, RELEASED, EXPIRED }

    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "booking_id")
    public UUID bookingId;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Confirms for {@code booking}; confirming again for the same booking changes nothing. */
    boolean confirm(UUID booking, OffsetDateTime now) {
        if (status == Status.CONFIRMED && booking.equals(bookingId)) {
            return false;
        }
        if (status != Status.HELD) {
            throw ProblemException.conflict("reservation " + id + " is " + status.name().toLowerCase()
                    + (status == Status.CONFIRMED ? " for another booking" : ""));
        }
        if (!expiresAt.isAfter(now)) {
            throw ProblemException.conflict("reservation " + id + " expired at " + expiresAt);
        }
        status = Status.CONFIRMED;
        bookingId = booking;
        updatedAt = now;
        return true;
    }

    /** Gives the capacity back; releasing what is already free changes nothing. */
    boolean release(OffsetDateTime now) {
        if (status == Status.RELEASED || status == Status.EXPIRED) {
            return false;
        }
        status = Status.RELEASED;
        updatedAt = now;
        return true;
    }

    boolean expire(OffsetDateTime now) {
        if (status != Status.HELD || expiresAt.isAfter(now)) {
            return false;
        }
        status = Status.EXPIRED;
        updatedAt = now;
        return true;
    }
}
