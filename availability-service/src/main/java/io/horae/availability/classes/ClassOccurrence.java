package io.horae.availability.classes;

import io.horae.kernel.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A scheduled class: a service run by a resource at a location for up to {@code capacity} customers. */
@Entity
@Table(name = "class_occurrence")
public class ClassOccurrence {
    @Id
    public UUID id;
    /** The series it was scheduled in; null for a class scheduled on its own. */
    @Column(name = "series_id")
    public UUID seriesId;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "service_id")
    public UUID serviceId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "location_id")
    public UUID locationId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public int capacity;
    /** When the merchant cancelled it; a cancelled class takes no booking. */
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    /** A class may be changed until it starts, unless it was cancelled. */
    public void changeableAt(OffsetDateTime now) {
        if (cancelledAt != null) {
            throw ProblemException.conflict("class " + id + " was cancelled at " + cancelledAt);
        }
        if (!startsAt.isAfter(now)) {
            throw ProblemException.conflict("class " + id + " has already started");
        }
    }

    /**
     * Moves the class to {@code start} on {@code resourceId} (at its {@code locationId}) with {@code seats} seats, as
     * far as its {@code seatsTaken} booked seats allow: a class with bookings keeps its time and place (its customers
     * booked them; cancel it, or move them, first) and never has fewer seats than are booked. Its length stays.
     */
    public void change(OffsetDateTime start, UUID resourceId, UUID locationId, int seats, long seatsTaken) {
        boolean moved = !start.isEqual(startsAt) || !resourceId.equals(this.resourceId);
        if (moved && seatsTaken > 0) {
            throw ProblemException.conflict("class " + id + " at " + startsAt + " has " + seatsTaken
                    + " seats booked: it keeps its time and place until they are cancelled or moved");
        }
        if (seats < seatsTaken) {
            throw ProblemException.conflict("class " + id + " at " + startsAt + " has " + seatsTaken
                    + " seats booked, more than " + seats);
        }
        endsAt = start.plus(Duration.between(startsAt, endsAt));
        startsAt = start;
        this.resourceId = resourceId;
        this.locationId = locationId;
        capacity = seats;
    }
}
