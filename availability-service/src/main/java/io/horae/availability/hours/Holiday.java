package io.horae.availability.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A public holiday on which a location is closed. */
@Entity
@Table(name = "holiday")
public class Holiday {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "location_id")
    public UUID locationId;
    public LocalDate date;
    public String name;
}
