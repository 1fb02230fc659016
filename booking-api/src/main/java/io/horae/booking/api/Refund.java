package io.horae.booking.api;

/** {@code method}: give back only the payments of this kind; all of them if {@code null}. */
public record Refund(PaymentMethod method) {
}
