package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A free substitution for one of {@code serviceIds} taken to pay what {@code reference} names. */
@RegisterForReflection
public record SubstitutionUse(@NotEmpty @Size(max = 20) List<@NotNull UUID> serviceIds,
                              @NotNull @Size(max = 200) String reference) {
}
