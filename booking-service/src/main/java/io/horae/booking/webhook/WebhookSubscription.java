package io.horae.booking.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant's URL that receives signed deliveries of the event types it chose. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String url;
    @Column(name = "event_types")
    public String[] eventTypes;
    /** Shared secret of the HMAC-SHA256 signature; shown once, when the subscription is created or rotated. */
    public String secret;
    /** The secret before the last rotation, still signing beside the new one until {@code previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;
    /** False while paused (or once ended): nothing is sent, deliveries of a paused subscription wait. */
    public boolean active;
    /** When it ended (deleted, or its receiver gone for good); an ended subscription is never resumed. */
    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
