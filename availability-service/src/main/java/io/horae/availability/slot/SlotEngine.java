package io.horae.availability.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongPredicate;

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
        return starts(resourceId, calendar, timing, blocked, from, to, now, Integer.MAX_VALUE);
    }

    /** The first {@code limit} of one resource's offered starts in {@code [from, to)}. */
    public static List<Slot> starts(UUID resourceId, WorkingCalendar calendar, ServiceTiming timing,
                                    List<Interval> blocked, Instant from, Instant to, Instant now, int limit) {
        long duration = timing.duration().toMillis();
        List<Slot> slots = new ArrayList<>();
        forEachStart(calendar, timing, blocked, from, to, now, start -> {
            slots.add(new Slot(resourceId, Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + duration)));
            return slots.size() < limit;
        });
        return slots;
    }

    /**
     * The offered starts in epoch milliseconds, in increasing order, without building objects: the inner loop of
     * every month view. Obstacles are sorted by start and a cursor skips those that end before the current
     * footprint; footprints only move forward, so a skipped obstacle can never meet a later one. The walk stops
     * when {@code offered} answers false.
     */
    public static void forEachStart(WorkingCalendar calendar, ServiceTiming timing, List<Interval> blocked,
                                    Instant from, Instant to, Instant now, LongPredicate offered) {
        Instant earliestInstant = later(from, now.plus(timing.minimumNotice()));
        Instant horizon = now.plus(Duration.ofDays(timing.maximumDaysAhead()));
        Instant latestInstant = to.isBefore(horizon) ? to : horizon;
        if (!earliestInstant.isBefore(latestInstant)) {
            return;
        }
        long earliest = earliestInstant.toEpochMilli();
        long latest = latestInstant.toEpochMilli();
        long duration = timing.duration().toMillis();
        long step = timing.step().toMillis();
        long before = timing.bufferBefore().toMillis();
        long after = timing.bufferAfter().toMillis();
        List<Interval> sorted = blocked.stream().sorted(Comparator.comparing(Interval::start)).toList();
        long[] obstacleStart = new long[sorted.size()];
        long[] obstacleEnd = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            obstacleStart[i] = sorted.get(i).start().toEpochMilli();
            obstacleEnd[i] = sorted.get(i).end().toEpochMilli();
        }
        int cursor = 0;
        for (Interval window : calendar.windows(earliestInstant, latestInstant)) {
            long windowEnd = window.end().toEpochMilli();
            for (long start = window.start().toEpochMilli(); start + duration <= windowEnd; start += step) {
                if (start < earliest) {
                    continue;
                }
                if (start >= latest) {
                    return;
                }
                long footprintStart = start - before;
                long footprintEnd = start + duration + after;
                while (cursor < obstacleStart.length && obstacleEnd[cursor] <= footprintStart) {
                    cursor++;
                }
                boolean free = true;
                for (int i = cursor; i < obstacleStart.length && obstacleStart[i] < footprintEnd; i++) {
                    if (obstacleEnd[i] > footprintStart) {
                        free = false;
                        break;
                    }
                }
                if (free && !offered.test(start)) {
                    return;
                }
            }
        }
    }

    /** Whether a start is offered: the same rule as {@link #starts}, for one instant (on the step grid). */
    public static boolean offers(WorkingCalendar calendar, ServiceTiming timing, List<Interval> blocked,
                                 Instant start, Instant now) {
        long wanted = start.toEpochMilli();
        boolean[] offered = {false};
        forEachStart(calendar, timing, blocked, start, start.plusMillis(1), now, s -> {
            offered[0] |= s == wanted;
            return !offered[0];
        });
        return offered[0];
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
