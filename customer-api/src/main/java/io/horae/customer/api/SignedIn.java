package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** The customer a token or an accepted invitation signed in. */
@RegisterForReflection
public record SignedIn(UUID customerId) {
}
