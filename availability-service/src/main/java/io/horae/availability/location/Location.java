package io.horae.availability.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A branch where resources work; its IANA time zone gives working hours their wall-clock meaning. */
@Entity
@Table(name = "location")
public class Location {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String name;
    @Column(name = "time_zone")
    public String timeZone;
    public String street;
    public String city;
    @Column(name = "zip_code")
    public String zipCode;
    public String country;
    public Double latitude;
    public Double longitude;
    /** False once retired: kept for what names it, given no new resources. */
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
