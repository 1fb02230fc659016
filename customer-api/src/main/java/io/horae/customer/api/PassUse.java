package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Size;

/** One entry of a held pass taken, for what {@code reference} names (a booking's reference, say). */
@RegisterForReflection
public record PassUse(@Size(max = 200) String reference) {
}
