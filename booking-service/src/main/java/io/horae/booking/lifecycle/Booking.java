package io.horae.booking.lifecycle;

import io.horae.booking.api.BookingKind;
import io.horae.booking.api.BookingStatus;
import io.horae.booking.api.PaymentStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.kernel.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A booking: who booked what and when, its lifecycle and payment state; the capacity is its reservation's. */
@Entity
@Table(name = "booking")
public class Booking {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(updatable = false)
    public String reference;
    @Enumerated(EnumType.STRING)
    public BookingKind kind;
    @Enumerated(EnumType.STRING)
    public BookingStatus status;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "reservation_id")
    public UUID reservationId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Convert(converter = BookingLine.AsJson.class)
    public BookingLine.Lines lines;
    /** The merchant's own values on the booking (definitions of scope BOOKING in customer-service). */
    /**
     * The custom values as JSON text, read by {@link #customValues()}. No initial value: with Hibernate's dirty
     * tracking, a field written when the entity is constructed counts as changed, and every read would write it back.
     * Bookings are inserted by {@link BookingRepository}, where the column's default applies.
     */
    @Column(name = "custom_values")
    String customValuesJson;
    public String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    public PaymentStatus paymentStatus;
    public BigDecimal price;
    public BigDecimal paid;
    public String currency;
    /** The merchant's price level the booking was priced at, if one was chosen. */
    @Column(name = "price_level_id")
    public UUID priceLevelId;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "status_reason")
    public String statusReason;
    /** When the customer's ticket was scanned at the door; null until then. */
    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Moves to {@code next}, or refuses with 409 naming both states. */
    void become(BookingStatus next, String reason, OffsetDateTime now) {
        if (!status.mayBecome(next)) {
            throw ProblemException.conflict("booking " + reference + " is " + status + " and cannot become " + next);
        }
        status = next;
        statusReason = reason;
        updatedAt = now;
        if (!next.isPending()) {
            expiresAt = null;
        }
    }

    /** The customer came: their ticket was scanned. Only a confirmed booking, and only once (409 says when). */
    void checkIn(OffsetDateTime now) {
        if (checkedInAt != null) {
            throw ProblemException.conflict("booking " + reference + " was checked in at " + checkedInAt);
        }
        if (status != BookingStatus.CONFIRMED) {
            throw ProblemException.conflict("booking " + reference + " is " + status + "; only a confirmed booking "
                    + "is checked in");
        }
        checkedInAt = now;
        updatedAt = now;
    }

    /** Takes the times of a new reservation; the old one is released by the event the move publishes. */
    public void moveTo(UUID reservation, List<BookingLine> newLines, OffsetDateTime now) {
        if (!status.isOpen()) {
            throw ProblemException.conflict("booking " + reference + " is " + status + " and cannot be moved");
        }
        if (!startsAt.isAfter(now)) {
            throw ProblemException.conflict("booking " + reference + " has started and cannot be moved");
        }
        reservationId = reservation;
        lines = new BookingLine.Lines(newLines);
        startsAt = newLines.stream().map(BookingLine::start).min(OffsetDateTime::compareTo).orElseThrow();
        endsAt = newLines.stream().map(BookingLine::end).max(OffsetDateTime::compareTo).orElseThrow();
        updatedAt = now;
    }

    public static BookingKind kindOf(List<BookingLine> lines) {
        if (lines.stream().anyMatch(l -> l.productId() != null)) {
            return BookingKind.PRODUCTS;
        }
        if (lines.stream().anyMatch(l -> l.classId() != null)) {
            return BookingKind.CLASS;
        }
        if (lines.stream().anyMatch(l -> l.serviceId() == null)) {
            return BookingKind.RENTAL;
        }
        return lines.size() > 1 ? BookingKind.COMBINATION : BookingKind.ONE_TO_ONE;
    }

    /** What is still to pay: the price less what was paid, never below zero (nothing for a booking without a price). */
    public java.math.BigDecimal owed() {
        return price == null ? java.math.BigDecimal.ZERO : price.subtract(paid).max(java.math.BigDecimal.ZERO);
    }

    /** The merchant's own values on the booking (definitions of scope BOOKING in customer-service). */
    public Map<String, Object> customValues() {
        try {
            // most bookings have none: no parsing on the way to every answer
            return customValuesJson == null || customValuesJson.equals(NONE) ? Map.of()
                    : JSON.readValue(customValuesJson, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("custom values of booking " + id + " cannot be read", e);
        }
    }

    /** Replaces the custom values with {@code values}, as customer-service checked them. */
    public void customValues(Map<String, Object> values) {
        try {
            customValuesJson = JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The custom values as they are stored. */
    String customValuesJson() {
        return customValuesJson == null ? NONE : customValuesJson;
    }

    private static final String NONE = "{}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() { };
}
