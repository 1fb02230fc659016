package io.horae.booking.api;

/** What a booking books: one service with one resource, services in a row, class seats, a rental or products. */
public enum BookingKind { ONE_TO_ONE, COMBINATION, CLASS, RENTAL, PRODUCTS }
