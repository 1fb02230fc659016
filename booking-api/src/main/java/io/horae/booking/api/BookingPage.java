package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** One page of a list of bookings, and how many there are in all. */
@RegisterForReflection
public record BookingPage(List<BookingView> items, long total, int offset, int limit) {
}
