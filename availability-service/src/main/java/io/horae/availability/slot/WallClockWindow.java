package io.horae.availability.slot;

import java.time.LocalTime;

/** Opening on one specific date in wall-clock time (a date exception); {@code end} 00:00 means midnight after. */
public record WallClockWindow(LocalTime start, LocalTime end) {
}
