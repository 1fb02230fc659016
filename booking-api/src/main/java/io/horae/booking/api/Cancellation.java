package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Size;

/** {@code by}: who cancels; a customer only until the cut-off before the start. */
@RegisterForReflection
public record Cancellation(@Size(max = 500) String reason, Actor by) {
}
