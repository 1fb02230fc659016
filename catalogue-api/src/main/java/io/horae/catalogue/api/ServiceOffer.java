package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The services a resource offers. */
@RegisterForReflection
public record ServiceOffer(@NotNull @Size(max = 500) List<@NotNull UUID> serviceIds) {
}
