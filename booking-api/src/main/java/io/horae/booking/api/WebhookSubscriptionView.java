package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A subscription to events, delivered signed to {@code url}. The secret is returned only when the subscription is
 * created or its secret rotated; {@code active} false while paused, {@code endedAt} once ended.
 */
@RegisterForReflection
public record WebhookSubscriptionView(UUID id, String url, List<String> eventTypes, boolean active,
                                      OffsetDateTime createdAt, OffsetDateTime endedAt, String secret,
                                      OffsetDateTime previousSecretUntil) {
}
