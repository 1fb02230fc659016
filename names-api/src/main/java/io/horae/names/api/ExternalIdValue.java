package io.horae.names.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new value of an external identifier. */
@RegisterForReflection
public record ExternalIdValue(@NotBlank @Size(max = 200) String value) {
}
