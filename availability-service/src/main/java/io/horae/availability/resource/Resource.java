package io.horae.availability.resource;

import io.horae.catalogue.api.ResourceKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Who or what a service is booked on (Reservanto BookingResource): a person, a room or a piece of equipment. */
@Entity
@Table(name = "resource")
public class Resource {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "location_id")
    public UUID locationId;
    public String name;
    @Enumerated(EnumType.STRING)
    public ResourceKind kind;
    public String[] tags;
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
