package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A customer was registered with a merchant; the contact details travel as a {@link CustomerProfile}. */
@RegisterForReflection
public record CustomerCreated(UUID customerId) {
    public static final EventType<CustomerCreated> TYPE =
            new EventType<>("customer.created.v1", Topics.CUSTOMERS, CustomerCreated.class);
}
