package io.horae.availability.classes;

import io.horae.kernel.problem.ProblemException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The weekly rule of a class series, rules only: on {@code days} at the local {@code time}, from {@code first} until a
 * date or for {@code count} dates, without the dates in {@code except}. As in RFC 5545 (RRULE COUNT with EXDATE), an
 * excepted date still counts towards {@code count}: "ten Mondays, but not Easter Monday" holds nine classes.
 * <p>
 * Local times become instants in the series' zone as {@link ZonedDateTime#of} decides: a time the clocks skip (02:30
 * on the night they go forward) moves on by the gap, a time they pass twice is the first of the two.
 */
public record Recurrence(Set<DayOfWeek> days, LocalTime time, LocalDate first, LocalDate until, Integer count,
                         Set<LocalDate> except) {
    /** The most classes one series holds. */
    public static final int MOST_CLASSES = 500;
    /** How far a series may reach past its first date. */
    public static final int MOST_DAYS = 3 * 366;

    public Recurrence {
        days = Set.copyOf(days);
        except = except == null ? Set.of() : Set.copyOf(except);
        if ((until == null) == (count == null)) {
            throw ProblemException.badRequest("a series ends by a date (until) or after a number of dates (count)");
        }
        if (until != null && until.isBefore(first)) {
            throw ProblemException.badField("until", "is before the series begins");
        }
        if (until != null && until.isAfter(first.plusDays(MOST_DAYS))) {
            throw ProblemException.badField("until", "is more than " + MOST_DAYS + " days after the series begins");
        }
    }

    /** The local dates the series holds a class on, in order. */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate last = until != null ? until : first.plusDays(MOST_DAYS);
        int counted = 0;
        for (LocalDate day = first; !day.isAfter(last) && (count == null || counted < count); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek())) {
                continue;
            }
            counted++;
            if (!except.contains(day)) {
                dates.add(day);
            }
            if (dates.size() > MOST_CLASSES) {
                throw ProblemException.tooBig("until", "a series holds at most " + MOST_CLASSES + " classes");
            }
        }
        if (count != null && counted < count) {
            throw ProblemException.tooBig("count", "the dates reach more than " + MOST_DAYS
                    + " days past the series' first");
        }
        return dates;
    }

    /** The start of each class, in {@code zone}. */
    public List<OffsetDateTime> starts(ZoneId zone) {
        return dates().stream().map(day -> startOn(day, time, zone)).toList();
    }

    /** The class's start on {@code day} at the local {@code time}. */
    public static OffsetDateTime startOn(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toOffsetDateTime();
    }
}
