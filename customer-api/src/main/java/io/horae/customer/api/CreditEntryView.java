package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One movement of a customer's credit as it was posted, with the balance after it. */
@RegisterForReflection
public record CreditEntryView(UUID id, BigDecimal amount, BigDecimal balance, String reason, String reference,
                              OffsetDateTime createdAt) {
}
