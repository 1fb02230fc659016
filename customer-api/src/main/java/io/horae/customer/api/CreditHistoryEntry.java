package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One movement of some customer's credit in the merchant's history, with that customer's balance after it. */
@RegisterForReflection
public record CreditHistoryEntry(UUID id, UUID customerId, BigDecimal amount, BigDecimal balance, String reason,
                                 String reference, OffsetDateTime createdAt) {
}
