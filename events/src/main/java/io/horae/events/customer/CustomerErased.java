package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A customer's personal data was erased (GDPR); projections must drop theirs, future bookings are cancelled. */
@RegisterForReflection
public record CustomerErased(UUID customerId) {
    public static final EventType<CustomerErased> TYPE =
            new EventType<>("customer.erased.v1", Topics.CUSTOMERS, CustomerErased.class);
}
