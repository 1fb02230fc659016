package io.horae.booking.payment;

import io.horae.booking.api.PaymentMethod;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One payment a booking received, with what is needed to give it back (the pass use, the voucher code). */
@Entity
@Table(name = "booking_payment")
public class BookingPayment {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "booking_id", updatable = false)
    public UUID bookingId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public PaymentMethod method;
    @Column(updatable = false)
    public BigDecimal amount;
    @Column(name = "pass_id", updatable = false)
    public UUID passId;
    @Column(name = "use_id", updatable = false)
    public UUID useId;
    @Column(updatable = false)
    public String code;
    /** How the merchant took an EXTERNAL payment, when it said ({@link Tender}). */
    @Column(name = "payment_method_id", updatable = false)
    public UUID tenderId;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "refunded_at")
    public OffsetDateTime refundedAt;
}
