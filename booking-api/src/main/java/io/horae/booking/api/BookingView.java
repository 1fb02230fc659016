package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A booking as clients read it, with the customer's and services' details from booking-service's projections.
 * {@code owed}: what is still to pay, so that no client works it out again.
 */
@RegisterForReflection
public record BookingView(UUID id, String reference, BookingKind kind, BookingStatus status, String statusReason,
                          UUID customerId, Customer customer, UUID reservationId, OffsetDateTime start,
                          OffsetDateTime end, List<Line> lines, String note, BigDecimal price, UUID priceLevelId,
                          String currency, PaymentStatus paymentStatus, BigDecimal paid, BigDecimal owed,
                          OffsetDateTime expiresAt, String ticket, OffsetDateTime checkedInAt,
                          Map<String, Object> customValues, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @RegisterForReflection
    public record Customer(String firstName, String lastName, String email, String phone) {
    }

    /** A line; a product line has {@code productId}, {@code productName} and its pieces in {@code seats}. */
    @RegisterForReflection
    public record Line(UUID resourceId, UUID serviceId, String serviceName, UUID classId, OffsetDateTime start,
                       OffsetDateTime end, int seats, UUID productId, String productName, UUID locationId) {
    }
}
