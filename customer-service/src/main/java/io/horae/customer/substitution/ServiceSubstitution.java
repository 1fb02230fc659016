package io.horae.customer.substitution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One session of a service owed to a customer (for one missed or cancelled): it pays one later booking of that
 * service until {@code validUntil}, and is free again when that payment is undone.
 */
@Entity
@Table(name = "service_substitution")
public class ServiceSubstitution {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    @Column(name = "service_id", nullable = false, updatable = false)
    public UUID serviceId;
    @Column(updatable = false)
    public String reason;
    /** The booking it makes up for, when there is one. */
    @Column(name = "origin_reference", updatable = false)
    public String originReference;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** The booking it paid; null while it is free. */
    @Column(name = "used_by")
    public String usedBy;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    boolean free() {
        return usedBy == null;
    }
}
