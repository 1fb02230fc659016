package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code method}: give back only the payments of this kind; all of them if {@code null}. */
@RegisterForReflection
public record Refund(PaymentMethod method) {
}
