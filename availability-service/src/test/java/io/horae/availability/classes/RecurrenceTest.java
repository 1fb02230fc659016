package io.horae.availability.classes;

import io.horae.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceTest {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");

    @ParameterizedTest(name = "{0} from {1} until {2} / count {3} except [{4}]: {5}")
    @CsvSource(delimiter = ';', value = {
            // Monday 2026-12-07; until is inclusive
            "MONDAY WEDNESDAY; 2026-12-07; 2026-12-16;   ;            ; 2026-12-07 2026-12-09 2026-12-14 2026-12-16",
            // the first date need not be one of the days
            "MONDAY;           2026-12-08; 2026-12-21;   ;            ; 2026-12-14 2026-12-21",
            // count counts dates, an excepted one too (RFC 5545 COUNT with EXDATE)
            "MONDAY;           2026-12-07;           ; 3 ; 2026-12-14 ; 2026-12-07 2026-12-21",
            "MONDAY WEDNESDAY; 2026-12-07;           ; 3 ;            ; 2026-12-07 2026-12-09 2026-12-14",
            // an exception outside the dates changes nothing
            "MONDAY;           2026-12-07; 2026-12-14;   ; 2026-12-08 ; 2026-12-07 2026-12-14",
            // days that fall on no date of a short series
            "SUNDAY;           2026-12-07; 2026-12-12;   ;            ; "})
    void datesFollowTheWeeklyRule(String days, LocalDate first, LocalDate until, Integer count, String except,
                                  String expected) {
        Recurrence rule = new Recurrence(days(days), LocalTime.of(18, 0), first, until, count, dates(except));
        assertThat(rule.dates()).containsExactlyElementsOf(dates(expected).stream().sorted().toList());
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
            // the spring change: 02:00 jumps to 03:00, so 02:30 does not exist and moves on by the gap
            "2027-03-28, 02:30, 2027-03-28T03:30+02:00",
            "2027-03-28, 18:00, 2027-03-28T18:00+02:00",
            "2027-03-21, 18:00, 2027-03-21T18:00+01:00",
            // the autumn change: 02:30 happens twice, the first (summer time) is taken
            "2026-10-25, 02:30, 2026-10-25T02:30+02:00",
            "2026-10-25, 18:00, 2026-10-25T18:00+01:00"})
    void aLocalTimeStaysTheSameWallClockTimeAcrossTheChangeOfClocks(LocalDate day, LocalTime time, String start) {
        assertThat(Recurrence.startOn(day, time, PRAGUE).toString()).isEqualTo(start);
    }

    @Test
    void aWeeklyClassKeepsItsWallClockTimeOverTheSpringChange() {
        Recurrence sundays = new Recurrence(Set.of(SUNDAY), LocalTime.of(9, 0), LocalDate.of(2027, 3, 21), null, 2,
                Set.of());
        assertThat(sundays.starts(PRAGUE)).extracting(Object::toString)
                .containsExactly("2027-03-21T09:00+01:00", "2027-03-28T09:00+02:00");
    }

    @Test
    void aSeriesEndsByADateOrACountAndStaysWithinItsBounds() {
        LocalDate first = LocalDate.of(2026, 12, 7);
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), LocalTime.NOON, first, null, null, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), LocalTime.NOON, first, first.plusDays(7), 2, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), LocalTime.NOON, first, first.minusDays(1), null, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("until");
        assertThatThrownBy(() -> new Recurrence(Set.of(MONDAY), LocalTime.NOON, first,
                first.plusDays(Recurrence.MOST_DAYS + 1), null, null)).isInstanceOf(ProblemException.class);
        // every day for three years: more classes than a series holds
        Recurrence daily = new Recurrence(Set.of(DayOfWeek.values()), LocalTime.NOON, first,
                first.plusDays(Recurrence.MOST_DAYS), null, null);
        assertThatThrownBy(daily::dates).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(422));
        assertThat(new Recurrence(Set.of(DayOfWeek.values()), LocalTime.NOON, first, null, Recurrence.MOST_CLASSES,
                null).dates()).hasSize(Recurrence.MOST_CLASSES);
        // weekly for 200 weeks: further than a series reaches
        assertThatThrownBy(() -> new Recurrence(Set.of(WEDNESDAY), LocalTime.NOON, first, null, 200, null).dates())
                .isInstanceOf(ProblemException.class).hasMessageContaining("count");
    }

    private static Set<DayOfWeek> days(String names) {
        return Arrays.stream(names.trim().split(" +")).map(DayOfWeek::valueOf).collect(Collectors.toSet());
    }

    private static Set<LocalDate> dates(String isoDates) {
        return isoDates == null || isoDates.isBlank() ? Set.of()
                : Arrays.stream(isoDates.trim().split(" +")).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
