package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;

/** Links to send a booking's customer; they work without an API key until {@code expiresAt}. */
@RegisterForReflection
public record BookingLinks(String cancelUrl, String paymentUrl, String calendarUrl, String ticketUrl, String moveUrl,
                           OffsetDateTime expiresAt) {
}
