package io.horae.availability.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Which starts can be booked. A start is offered when the service fits inside one working window, its footprint
 * (buffers included) meets no busy time or time off, it respects the minimum notice and the horizon, and it lies
 * in the asked range. Starts step from each window's opening in absolute time, so a window that crosses a DST
 * change offers every real start once.
 */
public final class SlotEngine {
    private SlotEngine() {
    }

    /** One resource's offered starts in {@code [from, to)}; {@code blocked} is its busy time and time off. */
    public static List<Slot> starts(UUID resourceId, WorkingCalendar calendar, ServiceTiming timing,
                                    List<Interval> blocked, Instant from, Instant to, Instant now) {
        Instant earliest = later(from, now.plus(timing.minimumNotice()));
        Instant horizon = now.plus(Duration.ofDays(timing.maximumDaysAhead()));
        Instant latest = to.isBefore(horizon) ? to : horizon;
        List<Interval> obstacles = blocked.stream().sorted(Comparator.comparing(Interval::start)).toList();
        List<Slot> slots = new ArrayList<>();
        for (Interval window : calendar.windows(earliest, latest)) {
            for (Instant start = window.start(); !start.plus(timing.duration()).isAfter(window.end());
                 start = start.plus(timing.step())) {
                if (start.isBefore(earliest)) {
                    continue;
                }
                if (!start.isBefore(latest)) {
                    break;
                }
                if (free(timing.footprint(start), obstacles)) {
                    slots.add(new Slot(resourceId, start, start.plus(timing.duration())));
                }
            }
        }
        return slots;
    }

    /** Whether a start is offered: the same rule as {@link #starts}, for one instant (on the step grid). */
    public static boolean offers(WorkingCalendar calendar, ServiceTiming timing, List<Interval> blocked,
                                 Instant start, Instant now) {
        return starts(null, calendar, timing, blocked, start, start.plusNanos(1), now).stream()
                .anyMatch(slot -> slot.start().equals(start));
    }

    /**
     * Whether the service can run from {@code start} wherever it falls: inside one working window, footprint free,
     * notice and horizon kept. The step grid is not asked: a service that follows another starts when it ends.
     */
    public static boolean fits(WorkingCalendar calendar, ServiceTiming timing, List<Interval> blocked, Instant start,
                               Instant now) {
        Instant end = start.plus(timing.duration());
        if (start.isBefore(now.plus(timing.minimumNotice()))
                || !start.isBefore(now.plus(Duration.ofDays(timing.maximumDaysAhead())))) {
            return false;
        }
        Interval service = new Interval(start, end);
        boolean inWindow = calendar.windows(start, end).stream().anyMatch(window -> window.contains(service));
        return inWindow && free(timing.footprint(start),
                blocked.stream().sorted(Comparator.comparing(Interval::start)).toList());
    }

    /** The resource's free time in {@code [from, to)}: working windows minus busy time and time off (rentals). */
    public static List<Interval> freeTime(WorkingCalendar calendar, List<Interval> blocked, Instant from, Instant to) {
        List<Interval> free = new ArrayList<>();
        List<Interval> obstacles = blocked.stream().sorted(Comparator.comparing(Interval::start)).toList();
        for (Interval window : calendar.windows(from, to)) {
            Instant cursor = later(window.start(), from);
            Instant end = window.end().isAfter(to) ? to : window.end();
            for (Interval obstacle : obstacles) {
                if (!obstacle.end().isAfter(cursor) || !obstacle.start().isBefore(end)) {
                    continue;
                }
                if (obstacle.start().isAfter(cursor)) {
                    free.add(new Interval(cursor, obstacle.start()));
                }
                cursor = later(cursor, obstacle.end());
            }
            if (cursor.isBefore(end)) {
                free.add(new Interval(cursor, end));
            }
        }
        return free;
    }

    private static boolean free(Interval footprint, List<Interval> obstacles) {
        for (Interval obstacle : obstacles) {
            if (obstacle.start().isAfter(footprint.end())) {
                return true;
            }
            if (obstacle.overlaps(footprint)) {
                return false;
            }
        }
        return true;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
