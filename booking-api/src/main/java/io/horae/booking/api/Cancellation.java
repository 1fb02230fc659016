package io.horae.booking.api;

import jakarta.validation.constraints.Size;

/** {@code by}: who cancels; a customer only until the cut-off before the start. */
public record Cancellation(@Size(max = 500) String reason, Actor by) {
}
