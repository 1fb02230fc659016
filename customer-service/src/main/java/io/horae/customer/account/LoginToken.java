package io.horae.customer.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A single-use token that logs a customer in for a short while (Reservanto Customer/Login: 3 minutes). */
@Entity
@Table(name = "login_token")
public class LoginToken {
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
}
