package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How much of a booking's price is paid. */
@RegisterForReflection
public enum PaymentStatus { UNPAID, PARTLY_PAID, PAID, REFUNDED }
