package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A customer's contact data changed; carries the new snapshot so projections need no call back. */
@RegisterForReflection
public record CustomerUpdated(UUID customerId, String firstName, String lastName, String email, String phone) {
    public static final EventType<CustomerUpdated> TYPE =
            new EventType<>("customer.updated.v1", Topics.CUSTOMERS, CustomerUpdated.class);
}
