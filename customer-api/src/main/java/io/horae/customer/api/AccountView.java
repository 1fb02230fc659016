package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's account, with which the customer signs in to see and change its bookings. */
@RegisterForReflection
public record AccountView(UUID customerId, AccountStatus status, OffsetDateTime createdAt) {
}
