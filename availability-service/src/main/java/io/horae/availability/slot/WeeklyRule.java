package io.horae.availability.slot;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Opening on one weekday, in the location's wall-clock time; {@code end} may be midnight (00:00) of the next day. */
public record WeeklyRule(DayOfWeek day, LocalTime start, LocalTime end) {

    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    public boolean overlaps(WeeklyRule other) {
        return day == other.day && start.isBefore(other.endOfDay()) && other.start.isBefore(endOfDay());
    }

    private LocalTime endOfDay() {
        return endsAtMidnight() ? LocalTime.MAX : end;
    }
}
