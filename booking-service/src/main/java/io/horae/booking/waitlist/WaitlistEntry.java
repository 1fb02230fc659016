package io.horae.booking.waitlist;

import io.horae.booking.api.WaitlistEntryView;
import io.horae.booking.api.WaitlistStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer in line for a slot, a class seat, or a seat in every class of a course still to come: WAITING, then OFFERED (a hold of their own, until
 * {@code offerExpiresAt}), then BOOKED, or LAPSED when the offer ran out; LEFT when they gave up.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "service_id")
    public UUID serviceId;
    @Column(name = "start_at")
    public OffsetDateTime start;
    @Column(name = "class_id")
    public UUID classId;
    @Column(name = "course_id")
    public UUID courseId;
    public int seats;
    @Enumerated(EnumType.STRING)
    public WaitlistStatus status;
    @Column(name = "reservation_id")
    public UUID reservationId;
    @Column(name = "offer_expires_at")
    public OffsetDateTime offerExpiresAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The entry as booking-api reads it. */
    public WaitlistEntryView view() {
        return new WaitlistEntryView(id, customerId, resourceId, serviceId, start, classId, courseId, seats, status,
                reservationId, offerExpiresAt, createdAt);
    }
}
