package io.horae.claims;

/**
 * Where a reservation stands: HELD until it expires or is confirmed, CONFIRMED while its booking lasts, RELEASED
 * when given back; a hold nobody confirmed in time is EXPIRED. Released and expired capacity is free again.
 */
public enum ReservationStatus {
    HELD, CONFIRMED, RELEASED, EXPIRED
}
