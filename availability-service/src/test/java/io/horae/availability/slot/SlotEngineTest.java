package io.horae.availability.slot;

import io.horae.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotEngineTest {
    private static final UUID RESOURCE = UUID.randomUUID();
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0} on {1}: {2}-{3} gives {5}")
    @CsvSource(delimiter = '|', value = {
            // zone            | date       | open  | close | minutes | expected local starts
            "Europe/Prague     | 2026-03-28 | 09:00 | 11:00 | 60 | 09:00+01:00 10:00+01:00",
            "Europe/Prague     | 2026-03-29 | 09:00 | 11:00 | 60 | 09:00+02:00 10:00+02:00",
            "Europe/Prague     | 2026-03-29 | 01:00 | 05:00 | 60 | 01:00+01:00 03:00+02:00 04:00+02:00",
            "Europe/Prague     | 2026-10-25 | 09:00 | 11:00 | 60 | 09:00+01:00 10:00+01:00",
            "Europe/Prague     | 2026-10-25 | 01:00 | 05:00 | 60 | 01:00+02:00 02:00+02:00 02:00+01:00 03:00+01:00 04:00+01:00",
            "America/New_York  | 2026-03-08 | 09:00 | 10:00 | 30 | 09:00-04:00 09:30-04:00",
            "America/New_York  | 2026-03-07 | 09:00 | 10:00 | 30 | 09:00-05:00 09:30-05:00",
            "America/New_York  | 2026-11-01 | 00:30 | 02:30 | 60 | 00:30-04:00 01:30-04:00 01:30-05:00",
            "Asia/Kolkata      | 2026-03-29 | 09:00 | 10:00 | 30 | 09:00+05:30 09:30+05:30",
            "Europe/Prague     | 2026-06-01 | 22:00 | 00:00 | 60 | 22:00+02:00 23:00+02:00"})
    void startsKeepTheirWallClockAndEveryRealHourAcrossDst(String zone, LocalDate date, LocalTime open, LocalTime close,
                                                         int minutes, String expected) {
        ZoneId zoneId = ZoneId.of(zone);
        WorkingCalendar calendar = calendar(zoneId, new WeeklyRule(date.getDayOfWeek(), open, close));
        Instant from = date.atStartOfDay(zoneId).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zoneId).toInstant();

        List<Slot> slots = SlotEngine.starts(RESOURCE, calendar, timing(minutes, 0, 0, minutes), List.of(), from, to, LONG_AGO);

        assertThat(slots).extracting(s -> local(s.start(), zoneId)).containsExactly(expected.split(" "));
        assertThat(slots).allMatch(s -> Duration.between(s.start(), s.end()).toMinutes() == minutes);
    }

    @Test
    void busyTimeRemovesEveryStartWhoseFootprintWithBuffersMeetsIt() {
        ZoneId utc = ZoneId.of("UTC");
        WorkingCalendar calendar = calendar(utc, new WeeklyRule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        Instant day = Instant.parse("2026-06-01T00:00:00Z");
        Interval busy = new Interval(Instant.parse("2026-06-01T10:00:00Z"), Instant.parse("2026-06-01T10:30:00Z"));

        List<Slot> plain = SlotEngine.starts(RESOURCE, calendar, timing(30, 0, 0, 30), List.of(busy), day,
                day.plus(Duration.ofDays(1)), LONG_AGO);
        List<Slot> buffered = SlotEngine.starts(RESOURCE, calendar, timing(30, 15, 15, 30), List.of(busy), day,
                day.plus(Duration.ofDays(1)), LONG_AGO);

        assertThat(plain).extracting(s -> s.start().toString()).containsExactly("2026-06-01T09:00:00Z",
                "2026-06-01T09:30:00Z", "2026-06-01T10:30:00Z", "2026-06-01T11:00:00Z", "2026-06-01T11:30:00Z");
        assertThat(buffered).extracting(s -> s.start().toString()).containsExactly("2026-06-01T09:00:00Z",
                "2026-06-01T11:00:00Z", "2026-06-01T11:30:00Z");
    }

    @Test
    void minimumNoticeAndHorizonBoundTheOffer() {
        ZoneId utc = ZoneId.of("UTC");
        WorkingCalendar calendar = calendar(utc, everyDay(LocalTime.of(9, 0), LocalTime.of(10, 0)));
        Instant now = Instant.parse("2026-06-01T09:10:00Z");
        ServiceTiming timing = new ServiceTiming(Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO,
                Duration.ofMinutes(15), Duration.ofMinutes(20), 2);

        List<Slot> slots = SlotEngine.starts(RESOURCE, calendar, timing, List.of(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)), now);

        assertThat(slots).extracting(s -> s.start().toString()).containsExactly(
                "2026-06-01T09:30:00Z", "2026-06-01T09:45:00Z",
                "2026-06-02T09:00:00Z", "2026-06-02T09:15:00Z", "2026-06-02T09:30:00Z", "2026-06-02T09:45:00Z",
                "2026-06-03T09:00:00Z");
    }

    @Test
    void exceptionsReplaceTheWeekAndHolidaysClose() {
        ZoneId prague = ZoneId.of("Europe/Prague");
        LocalDate special = LocalDate.of(2026, 12, 24);
        LocalDate closed = LocalDate.of(2026, 12, 23);
        LocalDate holiday = LocalDate.of(2026, 12, 25);
        WorkingCalendar calendar = new WorkingCalendar(prague, everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                Map.of(special, List.of(new WallClockWindow(LocalTime.of(8, 0), LocalTime.of(9, 0))), closed, List.of()),
                Set.of(holiday));

        assertThat(calendar.windowsOn(special)).extracting(w -> local(w.start(), prague)).containsExactly("08:00+01:00");
        assertThat(calendar.windowsOn(closed)).isEmpty();
        assertThat(calendar.windowsOn(holiday)).isEmpty();
        assertThat(calendar.windowsOn(LocalDate.of(2026, 12, 22))).hasSize(1);
    }

    @Test
    void freeTimeIsTheWorkingWindowMinusWhatIsTaken() {
        ZoneId utc = ZoneId.of("UTC");
        WorkingCalendar calendar = calendar(utc, everyDay(LocalTime.of(8, 0), LocalTime.of(18, 0)));
        Instant day = Instant.parse("2026-06-01T00:00:00Z");
        List<Interval> blocked = List.of(
                new Interval(Instant.parse("2026-06-01T10:00:00Z"), Instant.parse("2026-06-01T12:00:00Z")),
                new Interval(Instant.parse("2026-06-01T11:00:00Z"), Instant.parse("2026-06-01T13:00:00Z")),
                new Interval(Instant.parse("2026-06-01T17:00:00Z"), Instant.parse("2026-06-01T19:00:00Z")));

        assertThat(SlotEngine.freeTime(calendar, blocked, day, day.plus(Duration.ofDays(1))))
                .extracting(i -> i.start() + "/" + i.end())
                .containsExactly("2026-06-01T08:00:00Z/2026-06-01T10:00:00Z", "2026-06-01T13:00:00Z/2026-06-01T17:00:00Z");
    }

    @Test
    void aCombinationRunsItsServicesBackToBackOnResourcesThatOfferThem() {
        ZoneId utc = ZoneId.of("UTC");
        UUID stylist = UUID.randomUUID();
        UUID colourist = UUID.randomUUID();
        WorkingCalendar hours = calendar(utc, everyDay(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        Instant day = Instant.parse("2026-06-01T00:00:00Z");
        Interval colouristBusy = new Interval(Instant.parse("2026-06-01T09:30:00Z"), Instant.parse("2026-06-01T10:00:00Z"));
        UUID cut = UUID.randomUUID();
        UUID colour = UUID.randomUUID();
        List<Combinations.Leg> legs = List.of(
                new Combinations.Leg(cut, timing(30, 0, 0, 30), List.of(new Combinations.Candidate(stylist, hours, List.of()))),
                new Combinations.Leg(colour, timing(60, 0, 0, 30), List.of(
                        new Combinations.Candidate(colourist, hours, List.of(colouristBusy)),
                        new Combinations.Candidate(stylist, hours, List.of()))));

        List<Combinations.CombinationSlot> combos = Combinations.starts(legs, day, day.plus(Duration.ofDays(1)), LONG_AGO,
                1_000, 100);

        assertThat(combos).extracting(c -> c.start() + " " + c.legs().get(1).resourceId().equals(colourist))
                .containsExactly("2026-06-01T09:00:00Z false", "2026-06-01T09:30:00Z true");
        // the colour leg starts at 09:30 and 10:00 although its own grid has 30-minute steps from 09:00 either way;
        // with a 45-minute cut, it would start at 09:45, off its grid, and still be offered
        List<Combinations.Leg> offGrid = List.of(
                new Combinations.Leg(cut, timing(45, 0, 0, 60), List.of(new Combinations.Candidate(stylist, hours, List.of()))),
                new Combinations.Leg(colour, timing(60, 0, 0, 60), List.of(new Combinations.Candidate(colourist, hours, List.of()))));
        assertThat(Combinations.starts(offGrid, day, day.plus(Duration.ofDays(1)), LONG_AGO, 1_000, 100))
                .extracting(c -> c.legs().get(1).start().toString()).containsExactly("2026-06-01T09:45:00Z");
        assertThat(combos.get(0).legs().get(1).start()).isEqualTo(combos.get(0).legs().get(0).end());
    }

    @Test
    void aCombinationSearchStopsAtItsTriesAndItsLimit() {
        WorkingCalendar hours = calendar(ZoneOffset.UTC, everyDay(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        WorkingCalendar closed = calendar(ZoneOffset.UTC);
        Instant day = Instant.parse("2026-06-01T00:00:00Z");
        List<Combinations.Candidate> three = List.of(new Combinations.Candidate(UUID.randomUUID(), hours, List.of()),
                new Combinations.Candidate(UUID.randomUUID(), hours, List.of()),
                new Combinations.Candidate(UUID.randomUUID(), hours, List.of()));
        List<Combinations.Leg> legs = new ArrayList<>(Collections.nCopies(9,
                new Combinations.Leg(UUID.randomUUID(), timing(10, 0, 0, 1), three)));
        legs.add(new Combinations.Leg(UUID.randomUUID(), timing(10, 0, 0, 1),
                List.of(new Combinations.Candidate(UUID.randomUUID(), closed, List.of()))));

        assertThatThrownBy(() -> Combinations.starts(legs, day, day.plus(Duration.ofDays(1)), LONG_AGO, 100_000, 10))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith("serviceIds:");
        assertThat(Combinations.starts(legs.subList(0, 9), day, day.plus(Duration.ofDays(1)), LONG_AGO, 100_000, 10))
                .hasSize(10).first().extracting(c -> c.start().toString()).isEqualTo("2026-06-01T09:00:00Z");
    }

    private static WorkingCalendar calendar(ZoneId zone, WeeklyRule... rules) {
        return new WorkingCalendar(zone, List.of(rules), Map.of(), Set.of());
    }

    private static WorkingCalendar calendar(ZoneId zone, List<WeeklyRule> rules) {
        return new WorkingCalendar(zone, rules, Map.of(), Set.of());
    }

    private static List<WeeklyRule> everyDay(LocalTime open, LocalTime close) {
        return java.util.Arrays.stream(DayOfWeek.values()).map(d -> new WeeklyRule(d, open, close)).toList();
    }

    private static ServiceTiming timing(int minutes, int before, int after, int step) {
        return new ServiceTiming(Duration.ofMinutes(minutes), Duration.ofMinutes(before), Duration.ofMinutes(after),
                Duration.ofMinutes(step), Duration.ZERO, 100_000);
    }

    private static String local(Instant instant, ZoneId zone) {
        ZonedDateTime time = instant.atZone(zone);
        return time.toLocalTime() + time.getOffset().toString().replace("Z", "+00:00");
    }
}
