package io.horae.booking.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event on its way to one subscription: PENDING while attempts remain, DELIVERED on a 2xx, FAILED after
 * 72 hours of failures or when the receiver says it is gone (410) three times.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public enum Status { PENDING, DELIVERED, FAILED }

    static final Duration GIVE_UP_AFTER = Duration.ofHours(72);
    static final int GONE_LIMIT = 3;

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

    /**
     * Records an attempt's outcome; {@code status} is the receiver's HTTP status or null when it could not be
     * reached. Returns true when the receiver is gone for good and its subscription should stop.
     */
    boolean attempted(Integer status, String error, OffsetDateTime now, Duration firstRetry) {
        lastStatus = status;
        lastError = error;
        if (status != null && status >= 200 && status < 300) {
            this.status = Status.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
            return false;
        }
        gone = status != null && status == 410 ? gone + 1 : 0;
        if (gone >= GONE_LIMIT || !now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
            this.status = Status.FAILED;
            nextAttemptAt = null;
            return gone >= GONE_LIMIT;
        }
        long factor = 1L << Math.min(attempts - 1, 12);
        Duration wait = firstRetry.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait);
        return false;
    }

    /** Sends again as soon as possible, whatever happened before. */
    void replay(OffsetDateTime now) {
        status = Status.PENDING;
        gone = 0;
        nextAttemptAt = now;
    }
}
