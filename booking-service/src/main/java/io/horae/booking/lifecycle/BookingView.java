package io.horae.booking.lifecycle;

import io.horae.booking.projection.CustomerSnapshot;
import io.horae.booking.projection.ServiceSnapshot;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A booking as clients read it, with the customer's and services' details from the projections. {@code owed}: what is
 * still to pay ({@link Booking#owed()}), so that no client works it out again.
 */
public record BookingView(UUID id, String reference, Booking.Kind kind, BookingStatus status, String statusReason,
                          UUID customerId, Customer customer, UUID reservationId, OffsetDateTime start,
                          OffsetDateTime end, List<Line> lines, String note, BigDecimal price, UUID priceLevelId,
                          String currency,
                          Booking.PaymentStatus paymentStatus, BigDecimal paid, BigDecimal owed,
                          OffsetDateTime expiresAt,
                          String ticket, OffsetDateTime checkedInAt, Map<String, Object> customValues,
                          OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {

    public record Customer(String firstName, String lastName, String email, String phone) {
    }

    /** A line; a product line has {@code productId}, {@code productName} and its pieces in {@code seats}. */
    public record Line(UUID resourceId, UUID serviceId, String serviceName, UUID classId, OffsetDateTime start,
                       OffsetDateTime end, int seats, UUID productId, String productName, UUID locationId) {
    }

    public static BookingView of(Booking b, String ticket, Map<UUID, CustomerSnapshot> customers,
                          Map<UUID, ServiceSnapshot> services) {
        CustomerSnapshot c = b.customerId == null ? null : customers.get(b.customerId);
        return new BookingView(b.id, b.reference, b.kind, b.status, b.statusReason, b.customerId,
                c == null ? null : new Customer(c.firstName, c.lastName, c.email, c.phone), b.reservationId,
                b.startsAt, b.endsAt, b.lines.items().stream().map(l -> new Line(l.resourceId(), l.serviceId(),
                        services.containsKey(l.serviceId()) ? services.get(l.serviceId()).name() : null, l.classId(),
                        l.start(), l.end(), l.seats(), l.productId(), l.productName(), l.locationId())).toList(),
                b.note, b.price, b.priceLevelId, b.currency, b.paymentStatus, b.paid, b.owed(), b.expiresAt, ticket, b.checkedInAt,
                b.customValues(), b.createdAt,
                b.updatedAt);
    }
}
