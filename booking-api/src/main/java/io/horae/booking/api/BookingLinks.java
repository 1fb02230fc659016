package io.horae.booking.api;

import java.time.OffsetDateTime;

/** Links to send a booking's customer; they work without an API key until {@code expiresAt}. */
public record BookingLinks(String cancelUrl, String paymentUrl, String calendarUrl, String ticketUrl, String moveUrl,
                           OffsetDateTime expiresAt) {
}
