package io.horae.availability.slot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** Sunday 28 March 2027 (the spring DST change in Prague), 09:00-12:00 and 22:00-24:00; Monday 00:00-02:00. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(PRAGUE, List.of(
            new WeeklyRule(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WeeklyRule(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT),
            new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(0, 0), LocalTime.of(2, 0))), Map.of(), Set.of());

    @ParameterizedTest(name = "{0} .. {1}: {2}")
    @CsvSource({
            "2027-03-28T09:00, 2027-03-28T12:00, true",
            "2027-03-28T10:00, 2027-03-28T11:15, true",
            "2027-03-28T11:30, 2027-03-28T12:30, false",
            "2027-03-28T08:30, 2027-03-28T09:30, false",
            "2027-03-28T12:00, 2027-03-28T13:00, false",
            "2027-03-28T23:00, 2027-03-29T01:00, true",
            "2027-03-29T01:00, 2027-03-29T03:00, false"})
    void aSpanIsCoveredOnlyWhenWorkingHoursRunThroughItWindowsMeetingAtMidnightCountAsOne(
            LocalDateTime start, LocalDateTime end, boolean covered) {
        Interval span = new Interval(start.atZone(PRAGUE).toInstant(), end.atZone(PRAGUE).toInstant());
        assertThat(CALENDAR.covers(span)).isEqualTo(covered);
    }
}
