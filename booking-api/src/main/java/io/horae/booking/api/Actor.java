package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Who did something to a booking, as the activity log records it and a cancellation names it. */
@RegisterForReflection
public enum Actor { MERCHANT, CUSTOMER, SYSTEM }
