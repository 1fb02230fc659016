package io.horae.booking.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on its way to one subscription: PENDING while attempts remain, then DELIVERED or FAILED ({@link AttemptOutcome}). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "subscription_id", updatable = false)
    public UUID subscriptionId;
    @Column(name = "event_id", updatable = false)
    public UUID eventId;
    @Column(name = "event_type", updatable = false)
    public String eventType;
    @Column(updatable = false)
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public int gone;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** Sends again as soon as possible, whatever happened before. */
    void replay(OffsetDateTime now) {
        status = Status.PENDING;
        gone = 0;
        nextAttemptAt = now;
    }
}
