package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Size;

/** Why the merchant turns a booking down, or marks it. */
@RegisterForReflection
public record Reason(@Size(max = 500) String reason) {
}
