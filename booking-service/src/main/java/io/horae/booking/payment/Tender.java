package io.horae.booking.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A way the merchant takes money itself (cash, card, bank transfer): what an EXTERNAL payment says it came by. The
 * API calls these payment methods, as Reservanto does; in the code a tender, apart from where a payment's value comes
 * from ({@link PaymentMethod}).
 */
@Entity
@Table(name = "payment_method")
public class Tender {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String name;
    /** False once retired: named by the payments made with it, offered for no new one. */
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
