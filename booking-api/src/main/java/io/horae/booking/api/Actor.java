package io.horae.booking.api;

/** Who did something to a booking, as the activity log records it and a cancellation names it. */
public enum Actor { MERCHANT, CUSTOMER, SYSTEM }
