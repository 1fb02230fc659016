package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/**
 * One of the merchant's payment methods (cash, card, transfer, …) that a payment it took itself names.
 * {@code active}: false once retired (named by the payments taken with it, offered for no new one).
 */
@RegisterForReflection
public record PaymentMethodView(UUID id, String name, boolean active) {
}
