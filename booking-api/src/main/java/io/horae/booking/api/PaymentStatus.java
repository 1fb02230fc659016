package io.horae.booking.api;

/** How much of a booking's price is paid. */
public enum PaymentStatus { UNPAID, PARTLY_PAID, PAID, REFUNDED }
