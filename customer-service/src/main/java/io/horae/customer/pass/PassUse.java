package io.horae.customer.pass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry taken from a pass, for a reference such as a booking; returning it gives the entry back. */
@Entity
@Table(name = "pass_use")
public class PassUse {
    @Id
    public UUID id;
    @Column(name = "customer_pass_id", nullable = false, updatable = false)
    public UUID customerPassId;
    public String reference;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;
}
