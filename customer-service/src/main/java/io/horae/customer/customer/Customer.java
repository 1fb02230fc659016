package io.horae.customer.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A merchant's customer. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public String phone;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
