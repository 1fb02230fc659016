package io.horae.availability.hours;

import io.horae.availability.busy.BusyInterval;
import io.horae.availability.busy.BusyIntervalRepository;
import io.horae.availability.location.Location;
import io.horae.availability.location.LocationRepository;
import io.horae.availability.resource.Resource;
import io.horae.availability.resource.ResourceRepository;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.WeeklyRule;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.events.catalog.FreeTimeChanged;
import io.horae.events.catalog.HoursChanged;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.persistence.Batches;
import io.horae.kernel.problem.Problem;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Working hours, date exceptions, holidays and time off: the use cases that change when a resource works. */
@ApplicationScoped
public class WorkingHours {
    private final ResourceRepository resources;
    private final LocationRepository locations;
    private final HoursRepositories.Rules rules;
    private final HoursRepositories.Exceptions exceptions;
    private final HoursRepositories.Holidays holidays;
    private final HoursRepositories.FreeTimes freeTimes;
    private final Calendars calendars;
    private final BusyIntervalRepository busy;
    private final Outbox outbox;
    /** How far ahead a change of hours is held against the bookings already made: the longest horizon a service has. */
    private static final Duration HORIZON = Duration.ofDays(3661);
    private final Clock clock = Clock.systemUTC();

    WorkingHours(ResourceRepository resources, LocationRepository locations, HoursRepositories.Rules rules,
                 HoursRepositories.Exceptions exceptions, HoursRepositories.Holidays holidays,
                 HoursRepositories.FreeTimes freeTimes, Calendars calendars, BusyIntervalRepository busy,
                 Outbox outbox) {
        this.resources = resources;
        this.locations = locations;
        this.rules = rules;
        this.exceptions = exceptions;
        this.holidays = holidays;
        this.freeTimes = freeTimes;
        this.calendars = calendars;
        this.busy = busy;
        this.outbox = outbox;
    }

    /** Replaces the resource's weekly rules; rules of one day must not overlap. */
    @WithTransaction
    public Uni<WeekChange> replaceWeek(String tenantId, UUID resourceId, List<WeeklyRule> week) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            WeeklyRule rule = week.get(i);
            if (!rule.endsAtMidnight() && !rule.end().isAfter(rule.start())) {
                errors.add(new Problem.FieldError("rules[" + i + "].end", "must be after start"));
            }
            for (int j = 0; j < i; j++) {
                if (rule.overlaps(week.get(j))) {
                    errors.add(new Problem.FieldError("rules[" + i + "]", "overlaps rules[" + j + "]"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(400, "Bad Request", "invalid working hours", errors));
        }
        return owned(tenantId, resourceId)
                .call(r -> rules.delete("resourceId", resourceId))
                .chain(r -> {
                    List<WorkingHoursRule> rows = week.stream().map(rule -> {
                        WorkingHoursRule row = new WorkingHoursRule();
                        row.id = UUID.randomUUID();
                        row.tenantId = tenantId;
                        row.resourceId = resourceId;
                        row.dayOfWeek = rule.day().getValue();
                        row.startTime = rule.start();
                        row.endTime = rule.end();
                        return row;
                    }).toList();
                    return Batches.persist(rules, rows).replaceWith(rows);
                })
                .call(() -> changed(tenantId, resourceId, "weekly rules"))
                .chain(rows -> uncovered(tenantId, resourceId).map(affected -> new WeekChange(rows, affected)));
    }

    /** The weekly rules as set, and the bookings from now on that they no longer cover. */
    public record WeekChange(List<WorkingHoursRule> rules, List<AffectedBooking> affected) {
    }

    /**
     * The resource's bookings (and holds) from now on that its working hours, as they are now, do not cover: a
     * change of hours never cancels them, the merchant moves or cancels them.
     */
    private Uni<List<AffectedBooking>> uncovered(String tenantId, UUID resourceId) {
        Instant now = clock.instant();
        return owned(tenantId, resourceId)
                .chain(resource -> calendars.of(List.of(resource), now, now.plus(HORIZON)))
                .map(loaded -> loaded.get(0).busy().stream()
                        .filter(claim -> claim.footprintEnd.toInstant().isAfter(now))
                        .filter(claim -> !loaded.get(0).calendar().covers(claim.footprint()))
                        .sorted(java.util.Comparator.comparing(claim -> claim.footprintStart))
                        .map(BusyInterval::affected)
                        .toList());
    }

    /** The resource's weekly rules, by day and start. */
    @WithSession
    public Uni<List<WorkingHoursRule>> week(String tenantId, UUID resourceId) {
        return owned(tenantId, resourceId).chain(r -> rules.list("resourceId", Sort.by("dayOfWeek").and("startTime"),
                resourceId));
    }

    /** Removes a date's own hours: the weekly rules apply to it again. */
    @WithTransaction
    public Uni<Void> clearDate(String tenantId, UUID resourceId, LocalDate date) {
        return owned(tenantId, resourceId)
                .call(r -> exceptions.delete("resourceId = ?1 and date = ?2", resourceId, date))
                .chain(() -> changed(tenantId, resourceId, "date " + date));
    }

    /** Sets a date's own hours (an empty list closes the date); replaces what that date had. */
    @WithTransaction
    public Uni<Void> setDate(String tenantId, UUID resourceId, LocalDate date, List<WorkingHoursResource.Window> windows) {
        return owned(tenantId, resourceId)
                .call(r -> exceptions.delete("resourceId = ?1 and date = ?2", resourceId, date))
                .call(r -> {
                    List<WorkingHoursException> rows = new ArrayList<>();
                    if (windows.isEmpty()) {
                        rows.add(exception(tenantId, resourceId, date, null));
                    }
                    windows.forEach(w -> rows.add(exception(tenantId, resourceId, date, w)));
                    return exceptions.persist(rows);
                })
                .chain(() -> changed(tenantId, resourceId, "date " + date));
    }

    @WithTransaction
    public Uni<Holiday> addHoliday(String tenantId, UUID locationId, LocalDate date, String name) {
        return ownedLocation(tenantId, locationId)
                .chain(location -> holidays.count("locationId = ?1 and date = ?2", locationId, date).chain(n -> {
                    if (n > 0) {
                        return Uni.createFrom().failure(ProblemException.conflict("a holiday is set on " + date));
                    }
                    Holiday holiday = new Holiday();
                    holiday.id = UUID.randomUUID();
                    holiday.tenantId = tenantId;
                    holiday.locationId = locationId;
                    holiday.date = date;
                    holiday.name = name;
                    return holidays.persist(holiday);
                }));
    }

    /** The location's holidays; another tenant's location is not found. */
    @WithSession
    public Uni<List<Holiday>> holidays(String tenantId, UUID locationId) {
        return ownedLocation(tenantId, locationId).chain(location -> holidays.list(
                "tenantId = ?1 and locationId = ?2", Sort.by("date"), tenantId, locationId));
    }

    /** Removes a holiday: the location's resources work that date as their hours say. */
    @WithTransaction
    public Uni<Void> removeHoliday(String tenantId, UUID locationId, UUID id) {
        return ownedLocation(tenantId, locationId)
                .chain(location -> holidays.delete("tenantId = ?1 and locationId = ?2 and id = ?3", tenantId,
                        locationId, id))
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ProblemException.notFound("holiday", id);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Location> ownedLocation(String tenantId, UUID locationId) {
        return locations.findOwned(tenantId, locationId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("location", locationId));
    }

    @WithTransaction
    public Uni<FreeTime> addFreeTime(String tenantId, UUID resourceId, OffsetDateTime start, OffsetDateTime end,
                                     String reason) {
        if (!end.isAfter(start)) {
            return Uni.createFrom().failure(ProblemException.badField("end", "must be after start"));
        }
        return owned(tenantId, resourceId).chain(r -> {
            FreeTime freeTime = new FreeTime();
            freeTime.id = UUID.randomUUID();
            freeTime.tenantId = tenantId;
            freeTime.resourceId = resourceId;
            freeTime.startsAt = start;
            freeTime.endsAt = end;
            freeTime.reason = reason;
            freeTime.createdAt = OffsetDateTime.now(clock);
            return freeTimes.persist(freeTime);
        }).call(f -> freeTimeChanged(f, FreeTimeChanged.Change.ADDED));
    }

    @WithSession
    public Uni<FreeTime> freeTime(String tenantId, UUID id) {
        return freeTimes.findOwned(tenantId, id);
    }

    /** The resource's time off overlapping {@code [from, to)}, by start. */
    @WithSession
    public Uni<List<FreeTime>> freeTimes(String tenantId, UUID resourceId, OffsetDateTime from, OffsetDateTime to) {
        return owned(tenantId, resourceId).chain(r -> freeTimes.list(
                "resourceId = ?1 and startsAt < ?3 and endsAt > ?2", Sort.by("startsAt"), resourceId, from, to));
    }

    /**
     * What is booked during the time off: a booking there is never cancelled by it; the merchant moves or cancels
     * it.
     */
    @WithSession
    public Uni<List<AffectedBooking>> bookedDuring(FreeTime off) {
        return busy.within(off.tenantId, off.resourceId, off.startsAt, off.endsAt);
    }

    @WithTransaction
    public Uni<Void> removeFreeTime(String tenantId, UUID id) {
        return freeTimes.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("free time", id))
                .call(freeTimes::delete)
                .chain(f -> freeTimeChanged(f, FreeTimeChanged.Change.REMOVED));
    }

    /** The resource's working windows in {@code [from, to)} (Reservanto WorkingHours/GetForPeriod). */
    @WithSession
    public Uni<List<Interval>> windows(String tenantId, UUID resourceId, OffsetDateTime from, OffsetDateTime to) {
        return owned(tenantId, resourceId)
                .chain(r -> calendars.of(List.of(r), from.toInstant(), to.toInstant()))
                .map(loaded -> loaded.get(0).calendar().windows(from.toInstant(), to.toInstant()));
    }

    private Uni<Resource> owned(String tenantId, UUID resourceId) {
        return resources.findOwned(tenantId, resourceId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", resourceId));
    }

    private Uni<Void> freeTimeChanged(FreeTime f, FreeTimeChanged.Change change) {
        return outbox.append(f.tenantId, f.resourceId, FreeTimeChanged.TYPE,
                new FreeTimeChanged(f.id, f.resourceId, change, f.startsAt, f.endsAt, f.reason));
    }

    private Uni<Void> changed(String tenantId, UUID resourceId, String what) {
        return outbox.append(tenantId, resourceId, HoursChanged.TYPE, new HoursChanged(resourceId, what));
    }

    private static WorkingHoursException exception(String tenantId, UUID resourceId, LocalDate date,
                                                   WorkingHoursResource.Window window) {
        WorkingHoursException row = new WorkingHoursException();
        row.id = UUID.randomUUID();
        row.tenantId = tenantId;
        row.resourceId = resourceId;
        row.date = date;
        row.startTime = window == null ? null : window.start();
        row.endTime = window == null ? null : window.end();
        return row;
    }
}
