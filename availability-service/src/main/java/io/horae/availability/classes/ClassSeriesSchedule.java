package io.horae.availability.classes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.availability.location.LocationRepository;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Weekly series of classes: scheduled by a {@link Recurrence}, and changed or cancelled "from this class on". A change
 * from a class after the series' first ends the series the day before and carries on in a new one, so the series
 * always says by what rule its classes were scheduled. Classes that have started, or were cancelled, stay as they are.
 */
@ApplicationScoped
public class ClassSeriesSchedule {
    public record WithClasses(ClassSeries series, List<ClassSchedule.WithSeats> classes) {
    }

    private final ClassSeriesRepository series;
    private final ClassOccurrenceRepository classes;
    private final ClassSchedule schedule;
    private final LocationRepository locations;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    ClassSeriesSchedule(ClassSeriesRepository series, ClassOccurrenceRepository classes, ClassSchedule schedule,
                        LocationRepository locations, Patches patches) {
        this.series = series;
        this.classes = classes;
        this.schedule = schedule;
        this.locations = locations;
        this.patches = patches;
    }

    /** Schedules the series and each of its classes, in the zone of the resource's location. */
    @WithTransaction
    public Uni<WithClasses> schedule(String tenantId, ClassSeriesResource.NewSeries request) {
        Recurrence rule = request.recurrence();
        return schedule.place(tenantId, request.serviceId(), request.resourceId()).chain(place -> locations
                .findOwned(tenantId, place.resource().locationId).chain(location -> {
                    ZoneId zone = ZoneId.of(location.timeZone);
                    List<OffsetDateTime> starts = rule.starts(zone);
                    if (starts.isEmpty()) {
                        throw ProblemException.badField("days", "fall on no date of the series");
                    }
                    ClassSeries s = new ClassSeries();
                    s.id = UUID.randomUUID();
                    s.tenantId = tenantId;
                    s.serviceId = place.service().id;
                    s.resourceId = place.resource().id;
                    s.locationId = place.resource().locationId;
                    s.timeZone = zone.getId();
                    s.capacity = request.capacity() != null ? request.capacity() : place.service().capacity;
                    s.createdAt = OffsetDateTime.now(clock);
                    s.follow(rule);
                    return series.persist(s).chain(() -> Multi.createFrom().iterable(starts)
                                    .onItem().transformToUniAndConcatenate(start ->
                                            schedule.add(tenantId, place, s.id, start, s.capacity))
                                    .collect().asList())
                            .chain(schedule::withSeats)
                            .map(scheduled -> new WithClasses(s, scheduled));
                }));
    }

    @WithSession
    public Uni<WithClasses> find(String tenantId, UUID id) {
        return series.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class series", id))
                .chain(this::withClasses);
    }

    /** The tenant's series, optionally of one service, without their classes. */
    @WithSession
    public Uni<List<ClassSeries>> list(String tenantId, UUID serviceId) {
        Sort order = Sort.by("createdAt").and("id");
        return serviceId == null ? series.listOwned(tenantId, order)
                : series.list("tenantId = ?1 and serviceId = ?2", order, tenantId, serviceId);
    }

    /**
     * Changes the series' resource, time of day or seats by merge patch of the request that scheduled it, for the
     * classes from {@code fromClass} on (null: all still to come). A field that was not changed leaves each class as
     * it is (one moved on its own stays moved); a class with bookings keeps its time and place and never has fewer
     * seats than are booked. Its days and dates stay: cancel the following classes and schedule a new series for
     * others.
     */
    @WithTransaction
    public Uni<WithClasses> change(String tenantId, UUID id, UUID fromClass, ObjectNode patch) {
        return series.lockOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class series", id))
                .chain(s -> following(s, fromClass).chain(targets -> {
                    ClassSeriesResource.NewSeries was = ClassSeriesResource.NewSeries.of(s);
                    ClassSeriesResource.NewSeries changed = patches.apply(was, patch,
                            ClassSeriesResource.NewSeries.class);
                    unchanged("serviceId", was, changed, ClassSeriesResource.NewSeries::serviceId);
                    unchanged("days", was, changed, ClassSeriesResource.NewSeries::days);
                    unchanged("from", was, changed, ClassSeriesResource.NewSeries::from);
                    unchanged("until", was, changed, ClassSeriesResource.NewSeries::until);
                    unchanged("count", was, changed, ClassSeriesResource.NewSeries::count);
                    unchanged("except", was, changed, ClassSeriesResource.NewSeries::except);
                    return schedule.place(tenantId, s.serviceId, changed.resourceId())
                            .chain(place -> schedule.seatsTaken(targets).map(taken -> {
                                int seats = changed.capacity() != null ? changed.capacity() : place.service().capacity;
                                for (ClassOccurrence c : targets) {
                                    c.change(changed.time().equals(s.time) ? c.startsAt
                                                    : Recurrence.startOn(localDate(c, s.zone()), changed.time(), s.zone()),
                                            changed.resourceId().equals(s.resourceId) ? c.resourceId : place.resource().id,
                                            changed.resourceId().equals(s.resourceId) ? c.locationId : place.resource().locationId,
                                            seats == s.capacity ? c.capacity : seats, taken.getOrDefault(c.id, 0L));
                                }
                                return seats;
                            }))
                            .chain(seats -> carriedOn(s, targets).invoke(now -> {
                                now.time = changed.time();
                                now.resourceId = changed.resourceId();
                                now.capacity = seats;
                                targets.forEach(c -> c.seriesId = now.id);
                            }))
                            .call(now -> Multi.createFrom().iterable(targets)
                                    .onItem().transformToUniAndConcatenate(schedule::announce).collect().asList())
                            .chain(this::withClasses);
                }));
    }

    /** Cancels the classes from {@code fromClass} on (null: all still to come); their bookings are cancelled. */
    @WithTransaction
    public Uni<WithClasses> cancel(String tenantId, UUID id, UUID fromClass, String reason) {
        return series.lockOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class series", id))
                .call(s -> following(s, fromClass).chain(targets -> Multi.createFrom().iterable(targets)
                        .onItem().transformToUniAndConcatenate(c -> schedule.cancelled(c, reason)).collect().asList()))
                .chain(this::withClasses);
    }

    /** The series' classes still to come from {@code fromClass} on, not cancelled, locked; 409 when there is none. */
    private Uni<List<ClassOccurrence>> following(ClassSeries s, UUID fromClass) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Uni<OffsetDateTime> from = fromClass == null ? Uni.createFrom().item(now)
                : classes.findOwned(s.tenantId, fromClass)
                .map(c -> {
                    if (c == null || !s.id.equals(c.seriesId)) {
                        throw ProblemException.badField("from", "is not a class of series " + s.id);
                    }
                    return c.startsAt.isAfter(now) ? c.startsAt : now;
                });
        return from.chain(start -> classes.find("seriesId = ?1 and startsAt >= ?2 and startsAt > ?3 and cancelledAt is null",
                        Sort.by("startsAt"), s.id, start, now)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list())
                .invoke(targets -> {
                    if (targets.isEmpty()) {
                        throw ProblemException.conflict("series " + s.id + " has no class to come that is not cancelled");
                    }
                });
    }

    /**
     * The series the changed classes carry on in: {@code s} itself when none of its classes comes before them,
     * otherwise a new one from the first changed class's date, {@code s} ending the day before.
     */
    private Uni<ClassSeries> carriedOn(ClassSeries s, List<ClassOccurrence> targets) {
        LocalDate from = localDate(targets.get(0), s.zone());
        return classes.count("seriesId = ?1 and startsAt < ?2", s.id, targets.get(0).startsAt).chain(before -> {
            if (before == 0 || !from.isAfter(s.first)) {
                return Uni.createFrom().item(s);
            }
            Recurrence rule = s.recurrence();
            List<LocalDate> dates = rule.dates();
            LocalDate last = dates.isEmpty() || dates.get(dates.size() - 1).isBefore(from) ? from
                    : dates.get(dates.size() - 1);
            ClassSeries next = new ClassSeries();
            next.id = UUID.randomUUID();
            next.tenantId = s.tenantId;
            next.serviceId = s.serviceId;
            next.resourceId = s.resourceId;
            next.locationId = s.locationId;
            next.timeZone = s.timeZone;
            next.capacity = s.capacity;
            next.createdAt = OffsetDateTime.now(clock);
            next.follow(new Recurrence(rule.days(), rule.time(), from, last, null,
                    rule.except().stream().filter(d -> !d.isBefore(from)).collect(Collectors.toSet())));
            s.follow(new Recurrence(rule.days(), rule.time(), rule.first(), from.minusDays(1), null,
                    rule.except().stream().filter(d -> d.isBefore(from)).collect(Collectors.toSet())));
            return series.persist(next);
        });
    }

    private Uni<WithClasses> withClasses(ClassSeries s) {
        return classes.list("seriesId", Sort.by("startsAt").and("id"), s.id).chain(schedule::withSeats)
                .map(found -> new WithClasses(s, found));
    }

    private static LocalDate localDate(ClassOccurrence c, ZoneId zone) {
        return c.startsAt.atZoneSameInstant(zone).toLocalDate();
    }

    private static <T> void unchanged(String field, ClassSeriesResource.NewSeries was,
                                      ClassSeriesResource.NewSeries changed,
                                      Function<ClassSeriesResource.NewSeries, T> value) {
        if (!Objects.equals(value.apply(was), value.apply(changed))) {
            throw ProblemException.badField(field, "cannot change: cancel the following classes and schedule a new series");
        }
    }
}
