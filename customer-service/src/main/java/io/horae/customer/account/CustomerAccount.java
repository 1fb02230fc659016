package io.horae.customer.account;

import io.horae.customer.api.AccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's login to the merchant's booking pages: invited (no password yet) or active. */
@Entity
@Table(name = "customer_account")
public class CustomerAccount {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    /** bcrypt; null while the account is only an invitation. */
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public AccountStatus status;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
