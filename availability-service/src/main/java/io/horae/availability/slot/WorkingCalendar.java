package io.horae.availability.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a resource works: weekly rules in its location's zone, replaced on a date by that date's exception
 * (an empty list closes the day), and nothing on the location's public holidays. Wall-clock times become
 * instants per date, so a DST day is 23 or 25 hours long and a 09:00 opening stays at 09:00.
 */
public record WorkingCalendar(ZoneId zone, List<WeeklyRule> weekly, Map<LocalDate, List<WallClockWindow>> exceptions,
                              Set<LocalDate> holidays) {

    /** The working windows that touch {@code [from, to)}, in order. */
    public List<Interval> windows(Instant from, Instant to) {
        List<Interval> windows = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            for (Interval window : windowsOn(date)) {
                if (window.end().isAfter(from) && window.start().isBefore(to)) {
                    windows.add(window);
                }
            }
        }
        return windows;
    }

    /** Whether the resource works throughout {@code span}: windows that meet (at midnight, say) count as one. */
    public boolean covers(Interval span) {
        List<Interval> windows = new ArrayList<>(windows(span.start(), span.end()));
        windows.sort(java.util.Comparator.comparing(Interval::start));
        Instant reached = span.start();
        for (Interval window : windows) {
            if (!window.start().isAfter(reached) && window.end().isAfter(reached)) {
                reached = window.end();
            }
        }
        return !reached.isBefore(span.end());
    }

    /** The working windows of one local date. */
    public List<Interval> windowsOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<WallClockWindow> special = exceptions.get(date);
        List<WallClockWindow> wallClock = special != null ? special : weekly.stream()
                .filter(rule -> rule.day() == date.getDayOfWeek())
                .map(rule -> new WallClockWindow(rule.start(), rule.end()))
                .toList();
        List<Interval> windows = new ArrayList<>();
        for (WallClockWindow window : wallClock) {
            Instant start = instant(date, window.start());
            Instant end = window.end().equals(LocalTime.MIDNIGHT) ? instant(date.plusDays(1), LocalTime.MIDNIGHT)
                    : instant(date, window.end());
            if (end.isAfter(start)) {
                windows.add(new Interval(start, end));
            }
        }
        windows.sort(java.util.Comparator.comparing(Interval::start));
        return windows;
    }

    /**
     * A wall-clock time on a date as an instant. A time that does not exist (in the spring-forward gap) moves
     * forward by the gap; a time that exists twice (autumn) is the earlier one: ZonedDateTime's rules.
     */
    private Instant instant(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
