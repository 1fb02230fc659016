package io.horae.availability.hours;

import io.horae.availability.busy.BusyInterval;
import io.horae.availability.busy.BusyIntervalRepository;
import io.horae.availability.location.Location;
import io.horae.availability.location.LocationRepository;
import io.horae.availability.resource.Resource;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.WallClockWindow;
import io.horae.availability.slot.WorkingCalendar;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads what the slot engine needs for a set of resources over a range, in a fixed number of queries whatever
 * the number of resources: their calendars, their time off and their busy time. Call inside a session.
 */
@ApplicationScoped
public class Calendars {
    /** One resource as the engine sees it. {@code busy} keeps the claims; {@code timeOff} what else blocks. */
    public record Loaded(Resource resource, WorkingCalendar calendar, List<Interval> timeOff, List<BusyInterval> busy) {
        /** Everything that blocks the resource for a service: claims of it that fill {@code capacity} count too. */
        public List<Interval> blockedFor(UUID serviceId, int capacity) {
            List<Interval> blocked = new ArrayList<>(timeOff);
            Map<Interval, Integer> sameService = new java.util.HashMap<>();
            for (BusyInterval claim : busy) {
                if (capacity > 1 && serviceId.equals(claim.serviceId) && claim.classId == null) {
                    sameService.merge(claim.footprint(), claim.seats, Integer::sum);
                } else {
                    blocked.add(claim.footprint());
                }
            }
            sameService.forEach((footprint, seats) -> {
                if (seats >= capacity) {
                    blocked.add(footprint);
                }
            });
            return blocked;
        }
    }

    private final LocationRepository locations;
    private final HoursRepositories.Rules rules;
    private final HoursRepositories.Exceptions exceptions;
    private final HoursRepositories.Holidays holidays;
    private final HoursRepositories.FreeTimes freeTimes;
    private final BusyIntervalRepository busy;
    private final io.horae.availability.classes.ClassOccurrenceRepository classes;

    Calendars(LocationRepository locations, HoursRepositories.Rules rules, HoursRepositories.Exceptions exceptions,
              HoursRepositories.Holidays holidays, HoursRepositories.FreeTimes freeTimes, BusyIntervalRepository busy,
              io.horae.availability.classes.ClassOccurrenceRepository classes) {
        this.locations = locations;
        this.rules = rules;
        this.exceptions = exceptions;
        this.holidays = holidays;
        this.freeTimes = freeTimes;
        this.busy = busy;
        this.classes = classes;
    }

    public Uni<List<Loaded>> of(List<Resource> resources, Instant from, Instant to) {
        return load(resources, from, to, true);
    }

    /** The same without busy time: what the catalogue alone says (claims are decided where they are made). */
    public Uni<List<Loaded>> withoutClaims(List<Resource> resources, Instant from, Instant to) {
        return load(resources, from, to, false);
    }

    private Uni<List<Loaded>> load(List<Resource> resources, Instant from, Instant to, boolean withClaims) {
        if (resources.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> ids = resources.stream().map(r -> r.id).collect(Collectors.toSet());
        Set<UUID> locationIds = resources.stream().map(r -> r.locationId).collect(Collectors.toSet());
        // a day either side: a window of the previous local date can reach into the range
        LocalDate firstDate = from.minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate lastDate = to.plus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC).toLocalDate();
        OffsetDateTime start = from.atOffset(ZoneOffset.UTC).minusDays(1);
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC).plusDays(1);
        return locations.list("id in ?1", locationIds).chain(locs -> rules.list("resourceId in ?1", ids)
                .chain(weekly -> exceptions.list("resourceId in ?1 and date between ?2 and ?3", ids, firstDate, lastDate)
                .chain(special -> holidays.list("locationId in ?1 and date between ?2 and ?3", locationIds, firstDate, lastDate)
                .chain(closed -> freeTimes.list("resourceId in ?1 and startsAt < ?3 and endsAt > ?2", ids, start, end)
                .chain(off -> classes.list("resourceId in ?1 and startsAt < ?3 and endsAt > ?2", ids, start, end)
                .chain(scheduled -> (withClaims ? busy.overlapping(ids, start, end)
                        : Uni.createFrom().item(List.<BusyInterval>of())).map(claims -> assemble(resources,
                        locs.stream().collect(Collectors.toMap(l -> l.id, Function.identity())), weekly, special,
                        closed, off, scheduled, claims))))))));
    }

    private static List<Loaded> assemble(List<Resource> resources, Map<UUID, Location> locations,
                                         List<WorkingHoursRule> weekly, List<WorkingHoursException> special,
                                         List<Holiday> closed, List<FreeTime> off,
                                         List<io.horae.availability.classes.ClassOccurrence> scheduled,
                                         List<BusyInterval> claims) {
        List<Loaded> loaded = new ArrayList<>();
        for (Resource resource : resources) {
            ZoneId zone = ZoneId.of(locations.get(resource.locationId).timeZone);
            Map<LocalDate, List<WallClockWindow>> dates = special.stream()
                    .filter(e -> e.resourceId.equals(resource.id))
                    .collect(Collectors.groupingBy(e -> e.date, Collectors.flatMapping(
                            e -> e.startTime == null ? java.util.stream.Stream.<WallClockWindow>empty()
                                    : java.util.stream.Stream.of(new WallClockWindow(e.startTime, e.endTime)),
                            Collectors.toList())));
            Set<LocalDate> holidayDates = new HashSet<>();
            closed.stream().filter(h -> h.locationId.equals(resource.locationId)).forEach(h -> holidayDates.add(h.date));
            WorkingCalendar calendar = new WorkingCalendar(zone,
                    weekly.stream().filter(r -> r.resourceId.equals(resource.id)).map(WorkingHoursRule::rule).toList(),
                    dates, holidayDates);
            List<Interval> timeOff = new ArrayList<>();
            off.stream().filter(f -> f.resourceId.equals(resource.id))
                    .forEach(f -> timeOff.add(new Interval(f.startsAt.toInstant(), f.endsAt.toInstant())));
            scheduled.stream().filter(c -> c.resourceId.equals(resource.id))
                    .forEach(c -> timeOff.add(new Interval(c.startsAt.toInstant(), c.endsAt.toInstant())));
            timeOff.sort(Comparator.comparing(Interval::start));
            List<BusyInterval> resourceClaims = claims.stream().filter(c -> c.resourceId.equals(resource.id)).toList();
            loaded.add(new Loaded(resource, calendar, timeOff, resourceClaims));
        }
        return loaded;
    }
}
