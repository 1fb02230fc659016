package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A customer's details changed; the new contact details travel as a {@link CustomerProfile}. */
@RegisterForReflection
public record CustomerUpdated(UUID customerId) {
    public static final EventType<CustomerUpdated> TYPE =
            new EventType<>("customer.updated.v1", Topics.CUSTOMERS, CustomerUpdated.class);
}
