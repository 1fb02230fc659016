package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a custom value is kept on: a customer, or a booking (Reservanto's event). */
@RegisterForReflection
public enum CustomValueScope { CUSTOMER, BOOKING }
