package io.horae.availability.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Time off of a resource (Reservanto FreeTime): nothing can be booked on it then. */
@Entity
@Table(name = "free_time")
public class FreeTime {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public String reason;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
