package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What a booking books: one service with one resource, services in a row, class seats, a rental or products. */
@RegisterForReflection
public enum BookingKind { ONE_TO_ONE, COMBINATION, CLASS, RENTAL, PRODUCTS }
