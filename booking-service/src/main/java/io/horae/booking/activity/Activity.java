package io.horae.booking.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One thing that happened to a booking, in the append-only log. */
@Entity
@Table(name = "booking_activity")
public class Activity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "booking_id", updatable = false)
    public UUID bookingId;
    @Column(updatable = false)
    public String type;
    @Column(updatable = false)
    public String status;
    @Column(updatable = false)
    public String actor;
    @Column(updatable = false)
    public String detail;
    @Column(updatable = false)
    public OffsetDateTime at;
}
