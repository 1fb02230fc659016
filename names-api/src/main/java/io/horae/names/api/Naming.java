package io.horae.names.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name to define; as a patch, the new name of an entry. */
@RegisterForReflection
public record Naming(@NotBlank @Size(max = 100) String name) {
}
