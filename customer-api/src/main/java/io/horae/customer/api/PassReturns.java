package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The {@code count} entries of a held pass taken last, given back. */
@RegisterForReflection
public record PassReturns(@NotNull @Min(1) @Max(1000) Integer count) {
}
