package io.horae.booking.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A booking to make: from a hold ({@code reservationId}) or in one step ({@code lines}, held and confirmed here):
 * one-to-one, services in a row, class seats, a rental or a list of products.
 * {@code confirmation} overrides the services' own rule; {@code payment} makes the booking wait for its payment until
 * {@code expiresAt} (or the hold's expiry), after which it is cancelled.
 */
public record NewBooking(
        UUID reservationId,
        @Size(min = 1, max = 10) List<@Valid @NotNull Line> lines,
        UUID customerId,
        @Size(max = 2000) String note,
        Confirmation confirmation,
        @Valid Payment payment) {

    public enum Confirmation { AUTO, MERCHANT }

    /**
     * A service on a resource at a start, a class seat ({@code classId}), a rental (resource, start, end), or
     * {@code amount} pieces of a product at a start ({@code productId}, from {@code locationId}'s stock if given).
     */
    public record Line(UUID resourceId, UUID serviceId, OffsetDateTime start, UUID classId,
                       @Min(1) @Max(1000) Integer seats, OffsetDateTime end, UUID productId, UUID locationId,
                       @Min(1) @Max(10_000) Integer amount) {
    }

    public record Payment(boolean required, OffsetDateTime expiresAt) {
    }

    boolean waitsForPayment() {
        return payment != null && payment.required();
    }
}
