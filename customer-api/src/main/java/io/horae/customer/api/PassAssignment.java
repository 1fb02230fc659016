package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** A pass given to a customer, valid from {@code validFrom} (today if absent). */
@RegisterForReflection
public record PassAssignment(@NotNull UUID passId, LocalDate validFrom) {
}
