package io.horae.names.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An identifier of the merchant's to attach to an object; unique per tenant, kind and value. */
@RegisterForReflection
public record NewExternalId(@NotNull UUID objectId, @NotBlank @Size(max = 200) String value) {
}
