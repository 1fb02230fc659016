package io.horae.booking.notification;

import io.smallrye.mutiny.Uni;

/**
 * Sends a text message to a phone number (E.164). The platform ships only {@link LoggingSmsSender}; a deployment that
 * has a provider replaces it with a bean of its own.
 */
public interface SmsSender {
    Uni<Void> send(String tenant, String phone, String text);
}
