package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.UUID;

/** Credit was added to (positive amount) or taken from (negative) a customer's wallet. */
@RegisterForReflection
public record CreditChanged(UUID customerId, UUID entryId, BigDecimal amount, BigDecimal balance, String reason,
                            String reference) {
    public static final EventType<CreditChanged> TYPE =
            new EventType<>("customer.credit_changed.v1", Topics.CUSTOMERS, CreditChanged.class);
}
