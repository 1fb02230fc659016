package io.horae.booking.api;

import jakarta.validation.constraints.Size;

/** Why the merchant turns a booking down, or marks it. */
public record Reason(@Size(max = 500) String reason) {
}
