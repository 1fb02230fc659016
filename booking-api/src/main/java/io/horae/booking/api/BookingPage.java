package io.horae.booking.api;

import java.util.List;

/** One page of a list of bookings, and how many there are in all. */
public record BookingPage(List<BookingView> items, long total, int offset, int limit) {
}
