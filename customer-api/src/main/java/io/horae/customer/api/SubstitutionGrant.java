package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** {@code count} sessions (one when absent) of {@code serviceId} owed to a customer until {@code validUntil}. */
@RegisterForReflection
public record SubstitutionGrant(@NotNull UUID serviceId, @Min(1) @Max(100) Integer count,
                                @NotNull LocalDate validUntil, @Size(max = 500) String reason,
                                @Size(max = 100) String originReference) {
}
