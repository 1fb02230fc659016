package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.UUID;

/** What a customer has in credit now. */
@RegisterForReflection
public record CreditBalance(UUID customerId, BigDecimal balance) {
}
