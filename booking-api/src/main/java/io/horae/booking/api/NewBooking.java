package io.horae.booking.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.horae.claims.BookingClaim;
import io.horae.claims.LineRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A booking to make: from a hold a client took ({@code reservationId}, Qmatic, cal.com) or in one step
 * ({@code lines}: one-to-one, services in a row, class seats, a rental or a list of products).
 * {@code confirmation} overrides the services' own rule; {@code payment} makes the booking wait for its payment until
 * {@code expiresAt} (or the end of the payment window), after which it is cancelled. {@code priceLevelId}: the
 * merchant's price level (member, child, …) the booking is priced at, where its services have a price at it.
 * {@code customValues}: the booking's own values as the client wrote them, checked against the merchant's definitions
 * of scope BOOKING before anything is claimed.
 */
@RegisterForReflection
public record NewBooking(
        UUID reservationId,
        @Size(min = 1, max = 10) List<@Valid @NotNull LineRequest> lines,
        UUID customerId,
        @Size(max = 2000) String note,
        Confirmation confirmation,
        @Valid Payment payment,
        UUID priceLevelId,
        @Size(max = 100) Map<@NotNull String, JsonNode> customValues) {

    @RegisterForReflection
    public enum Confirmation { AUTO, MERCHANT }

    @RegisterForReflection
    public record Payment(boolean required, OffsetDateTime expiresAt) {
    }

    /** Whether it names exactly one way to book: a hold, or lines. */
    public boolean namesOneWay() {
        return (reservationId == null) != (lines == null);
    }

    /** Whether it asks to wait for payment until a deadline that is not after {@code now}. */
    public boolean paymentDeadlinePassed(OffsetDateTime now) {
        return waitsForPayment() && payment.expiresAt() != null && !payment.expiresAt().isAfter(now);
    }

    public boolean fromHold() {
        return reservationId != null;
    }

    public boolean waitsForPayment() {
        return payment != null && payment.required();
    }

    /** The field a refusal of the claim names: the hold, or the lines. */
    public String claimedField() {
        return fromHold() ? "reservationId" : "lines";
    }

    /** What reservations-service is asked for the booking; held until {@code heldUntil} if it waits for payment. */
    public BookingClaim claim(UUID bookingId, OffsetDateTime heldUntil) {
        OffsetDateTime until = waitsForPayment() ? heldUntil : null;
        return fromHold() ? new BookingClaim.TakenHold(bookingId, until)
                : new BookingClaim.NewLines(bookingId, customerId, lines.stream().map(LineRequest::line).toList(), until);
    }
}
