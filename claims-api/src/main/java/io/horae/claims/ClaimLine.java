package io.horae.claims;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a claim on capacity; what it claims is its type. Between services it travels as JSON with its
 * {@code kind}; clients write the flat {@link LineRequest}, which becomes one of these at the edge.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ClaimLine.ServiceStart.class, name = "SERVICE"),
        @JsonSubTypes.Type(value = ClaimLine.ClassSeats.class, name = "CLASS"),
        @JsonSubTypes.Type(value = ClaimLine.Rental.class, name = "RENTAL"),
        @JsonSubTypes.Type(value = ClaimLine.ProductPieces.class, name = "PRODUCTS")})
public sealed interface ClaimLine {

    /** A service on a resource at a start; more than one seat shares a start of a service with capacity. */
    @RegisterForReflection
    record ServiceStart(@NotNull UUID resourceId, @NotNull UUID serviceId, @NotNull OffsetDateTime start,
                        @Min(1) @Max(1000) int seats) implements ClaimLine {
    }

    /** Seats in a class occurrence, which names its own resource, service and time. */
    @RegisterForReflection
    record ClassSeats(@NotNull UUID classId, @Min(1) @Max(1000) int seats) implements ClaimLine {
    }

    /** A resource from {@code start} to {@code end}, without a service. */
    @RegisterForReflection
    record Rental(@NotNull UUID resourceId, @NotNull OffsetDateTime start, @NotNull OffsetDateTime end) implements ClaimLine {
    }

    /** Pieces of a product at a start, taken from the stock of {@code locationId} when it names a store. */
    @RegisterForReflection
    record ProductPieces(@NotNull UUID productId, UUID locationId, @NotNull OffsetDateTime start,
                         @Min(1) @Max(10_000) int amount) implements ClaimLine {
    }
}
