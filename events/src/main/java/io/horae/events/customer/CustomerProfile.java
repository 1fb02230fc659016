package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/**
 * A customer's contact details as they are now, on the compacted {@link Topics#CUSTOMER_PROFILES}: only the latest
 * per customer is kept, and erasure writes a tombstone that removes it. The only event with personal data.
 */
@RegisterForReflection
public record CustomerProfile(UUID customerId, String firstName, String lastName, String email, String phone) {
    public static final EventType<CustomerProfile> TYPE =
            new EventType<>("customer.profile.v1", Topics.CUSTOMER_PROFILES, CustomerProfile.class);
}
