package io.horae.customer.api;

/** What a custom value is kept on: a customer, or a booking (Reservanto's event). */
public enum CustomValueScope { CUSTOMER, BOOKING }
