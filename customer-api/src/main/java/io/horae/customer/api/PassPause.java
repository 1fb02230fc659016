package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A pause of a held pass from {@code from} to {@code to}: its validity is extended by as many days. */
@RegisterForReflection
public record PassPause(@NotNull LocalDate from, @NotNull LocalDate to) {
}
