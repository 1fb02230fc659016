package io.horae.claims;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What booking-service asks of reservations-service for one booking, in one call on a reservation id it names: new
 * lines claimed for the booking, or a hold a client took handed to it. Asking again is harmless: the answer is the
 * same reservation. {@code heldUntil} null makes the claim last with the booking; a booking that waits for its
 * payment keeps it held at most until then.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BookingClaim.NewLines.class, name = "LINES"),
        @JsonSubTypes.Type(value = BookingClaim.TakenHold.class, name = "HOLD")})
public sealed interface BookingClaim {
    UUID bookingId();

    OffsetDateTime heldUntil();

    /** Lines claimed all or none, for the booking. */
    @RegisterForReflection
    record NewLines(@NotNull UUID bookingId, UUID customerId,
                    @NotEmpty @Size(max = 10) List<@Valid @NotNull ClaimLine> lines, OffsetDateTime heldUntil)
            implements BookingClaim {
    }

    /** The hold with the reservation's id, taken for the booking. */
    @RegisterForReflection
    record TakenHold(@NotNull UUID bookingId, OffsetDateTime heldUntil) implements BookingClaim {
    }
}
