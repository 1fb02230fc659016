package io.horae.reservations.hold;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A hold on one or more lines, claimed all or none. */
public record HoldRequest(
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Line> lines,
        UUID customerId,
        @Min(30) @Max(MAXIMUM_TTL_SECONDS) Integer ttlSeconds) {

    /** 31 days; the configured maximum may cut a hold shorter. */
    public static final int MAXIMUM_TTL_SECONDS = 31 * 86_400;


    /**
     * A service on a resource at a start, a seat in a class occurrence ({@code classId} alone), a rental: the
     * resource from {@code start} to {@code end} without a service, or {@code amount} pieces of a product at a start
     * ({@code productId}, from {@code locationId}'s stock if given); {@code seats} places of a shared start
     * (default 1).
     */
    public record Line(UUID resourceId, UUID serviceId, OffsetDateTime start, UUID classId,
                       @Min(1) @Max(1000) Integer seats, OffsetDateTime end, UUID productId, UUID locationId,
                       @Min(1) @Max(10_000) Integer amount) {
        int seatCount() {
            if (isProduct()) {
                return amount == null ? 1 : amount;
            }
            return seats == null ? 1 : seats;
        }

        boolean isProduct() {
            return productId != null;
        }

        boolean isClass() {
            return classId != null && productId == null;
        }

        boolean isRental() {
            return classId == null && serviceId == null && productId == null && end != null;
        }
    }
}
