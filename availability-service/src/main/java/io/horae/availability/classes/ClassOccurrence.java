package io.horae.availability.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A scheduled class: a service run by a resource at a location for up to {@code capacity} customers. */
@Entity
@Table(name = "class_occurrence")
public class ClassOccurrence {
    @Id
    public UUID id;
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
}
