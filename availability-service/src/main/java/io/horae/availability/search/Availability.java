package io.horae.availability.search;

import io.horae.availability.hours.Calendars;
import io.horae.availability.resource.Resource;
import io.horae.availability.resource.ResourceRepository;
import io.horae.availability.service.BookableService;
import io.horae.availability.service.BookableServiceRepository;
import io.horae.availability.slot.AvailabilityRange;
import io.horae.availability.slot.Combinations;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.ServiceTiming;
import io.horae.availability.slot.Slot;
import io.horae.availability.slot.SlotEngine;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import org.hibernate.FlushMode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Answers which starts can be booked, loading what the engine needs and nothing more. */
@ApplicationScoped
public class Availability {
    /** Whether a start is offered, and what it would block. */
    public record Offer(boolean offered, Instant start, Instant end, Interval footprint, int capacity) {
    }

    private final BookableServiceRepository services;
    private final ResourceRepository resources;
    private final Calendars calendars;
    private final SearchQueue searches;
    private final SearchSettings settings;
    private final Clock clock;

    Availability(BookableServiceRepository services, ResourceRepository resources, Calendars calendars,
                 SearchQueue searches, SearchSettings settings) {
        this.services = services;
        this.resources = resources;
        this.calendars = calendars;
        this.searches = searches;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    /** Part of a long answer: its first items, and where the next part starts (null when nothing follows). */
    public record Part<T>(List<T> items, Instant next) {
    }

    /**
     * Starts of a service on one resource, or on every resource of a location that offers it: at most
     * {@code starts-per-answer}, cut between two start times; the rest from {@link Part#next()} on.
     */
    @WithSession
    public Uni<Part<Slot>> starts(String tenantId, UUID serviceId, UUID resourceId, UUID locationId,
                                  AvailabilityRange range) {
        int limit = settings.startsPerAnswer();
        return readOnly().chain(() -> service(tenantId, serviceId)).chain(service -> offering(tenantId, service, resourceId, locationId)
                .invoke(found -> affordable(range, service.timing(), found.size()))
                .chain(found -> calendars.of(found, range.from().toInstant(), range.to().toInstant()))
                .chain(loaded -> searches.answer(tenantId, () -> {
                    Instant now = clock.instant();
                    List<Slot> slots = new ArrayList<>();
                    for (Calendars.Loaded resource : loaded) {
                        slots.addAll(SlotEngine.starts(resource.resource().id, resource.calendar(), service.timing(),
                                resource.blockedFor(service.id, service.capacity), range.from().toInstant(),
                                range.to().toInstant(), now, limit + 1));
                    }
                    slots.sort(Comparator.comparing(Slot::start).thenComparing(s -> s.resourceId().toString()));
                    if (slots.size() <= limit) {
                        return new Part<>(slots, null);
                    }
                    Instant next = slots.get(limit).start();
                    return new Part<>(slots.stream().filter(s -> s.start().isBefore(next)).toList(), next);
                })));
    }

    /**
     * Refuses a question that would look at more candidate starts than one question may: every step of the range
     * on every resource.
     */
    private void affordable(AvailabilityRange range, ServiceTiming timing, int resources) {
        long steps = range.length().toMillis() / Math.max(1, timing.step().toMillis());
        if (steps * Math.max(1, resources) > settings.candidateStarts()) {
            throw ProblemException.tooBig("to", "the range holds more starts than one question may look at ("
                    + settings.candidateStarts() + " steps over all resources); ask a shorter range");
        }
    }

    /** A day of a month view: how many distinct starts it offers (any resource) and the first of them. */
    public record Day(java.time.LocalDate date, int starts, Instant firstStart) {
        /** Groups distinct, sorted start instants (epoch milliseconds) by their local date in {@code zone}. */
        static List<Day> group(long[] sortedStarts, java.time.ZoneId zone) {
            List<Day> days = new ArrayList<>();
            int i = 0;
            while (i < sortedStarts.length) {
                Instant first = Instant.ofEpochMilli(sortedStarts[i]);
                java.time.LocalDate date = first.atZone(zone).toLocalDate();
                long nextMidnight = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
                int count = 0;
                while (i < sortedStarts.length && sortedStarts[i] < nextMidnight) {
                    count++;
                    i++;
                }
                days.add(new Day(date, count, first));
            }
            return days;
        }
    }

    /** The days of the range that offer starts, in the location's zone: what a calendar's month view shows. */
    @WithSession
    public Uni<List<Day>> days(String tenantId, UUID serviceId, UUID resourceId, UUID locationId,
                               AvailabilityRange range) {
        return readOnly().chain(() -> service(tenantId, serviceId)).chain(service -> offering(tenantId, service, resourceId, locationId)
                .invoke(found -> affordable(range, service.timing(), found.size()))
                .chain(found -> calendars.of(found, range.from().toInstant(), range.to().toInstant()))
                .chain(loaded -> searches.answer(tenantId, () -> {
                    if (loaded.isEmpty()) {
                        return List.<Day>of();
                    }
                    java.time.ZoneId zone = loaded.get(0).calendar().zone();
                    java.util.stream.LongStream.Builder starts = java.util.stream.LongStream.builder();
                    Instant now = clock.instant();
                    for (Calendars.Loaded resource : loaded) {
                        SlotEngine.forEachStart(resource.calendar(), service.timing(),
                                resource.blockedFor(service.id, service.capacity), range.from().toInstant(),
                                range.to().toInstant(), now, start -> {
                                    starts.add(start);
                                    return true;
                                });
                    }
                    return Day.group(starts.build().sorted().distinct().toArray(), zone);
                })));
    }

    /** Whether {@code start} of the service is offered on the resource right now: what reservations asks per hold. */
    @WithSession
    public Uni<Offer> check(String tenantId, UUID serviceId, UUID resourceId, OffsetDateTime start) {
        return readOnly().chain(() -> service(tenantId, serviceId)).chain(service -> offering(tenantId, service, resourceId, null)
                .chain(found -> calendars.of(found, start.toInstant().minus(java.time.Duration.ofDays(1)),
                        start.toInstant().plus(java.time.Duration.ofDays(2))))
                .map(loaded -> {
                    Calendars.Loaded resource = loaded.get(0);
                    Instant instant = start.toInstant();
                    ServiceTiming timing = service.timing();
                    boolean offered = SlotEngine.offers(resource.calendar(), timing,
                            resource.blockedFor(service.id, service.capacity), instant, clock.instant());
                    return new Offer(offered, instant, instant.plus(timing.duration()), timing.footprint(instant),
                            service.capacity);
                }));
    }

    /**
     * Starts for services in a row at a location (Qmatic service combinations): at most
     * {@code starts-per-answer}, the rest from {@link Part#next()} on.
     */
    @WithSession
    public Uni<Part<Combinations.CombinationSlot>> combinations(String tenantId, List<UUID> serviceIds,
                                                                UUID locationId, AvailabilityRange range) {
        Instant from = range.from().toInstant();
        Instant to = range.to().toInstant();
        int limit = settings.startsPerAnswer();
        return readOnly().chain(() -> Multi.createFrom().iterable(serviceIds)
                .onItem().transformToUniAndConcatenate(id -> service(tenantId, id)
                        .chain(service -> resources.offering(tenantId, service.id, locationId)
                                .invoke(found -> affordable(range, service.timing(), found.size()))
                                .chain(found -> calendars.of(found, from, to.plus(java.time.Duration.ofDays(1))))
                                .map(loaded -> new Combinations.Leg(service.id, service.timing(), loaded.stream()
                                        .map(l -> new Combinations.Candidate(l.resource().id, l.calendar(),
                                                l.blockedFor(service.id, service.capacity)))
                                        .toList()))))
                .collect().asList())
                .chain(legs -> searches.answer(tenantId, () -> {
                    List<Combinations.CombinationSlot> found = Combinations.starts(legs, from, to, clock.instant(),
                            settings.combinationTries(), limit + 1);
                    return found.size() <= limit ? new Part<>(found, null)
                            : new Part<>(found.subList(0, limit), found.get(limit).start());
                }));
    }

    /** A resource's free time in a range (Reservanto RentalLike/GetAvailability). */
    @WithSession
    public Uni<List<Interval>> freeTime(String tenantId, UUID resourceId, AvailabilityRange range) {
        return readOnly().chain(() -> resources.findOwned(tenantId, resourceId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", resourceId))
                .chain(resource -> calendars.of(List.of(resource), range.from().toInstant(), range.to().toInstant()))
                .chain(loaded -> searches.answer(tenantId, () -> {
                    Calendars.Loaded resource = loaded.get(0);
                    List<Interval> blocked = new ArrayList<>(resource.timeOff());
                    resource.busy().forEach(claim -> blocked.add(claim.footprint()));
                    return SlotEngine.freeTime(resource.calendar(), blocked, range.from().toInstant(),
                            range.to().toInstant());
                }));
    }

    /** These use cases only read: no dirty checks of the hundreds of rows a month view loads. */
    private static Uni<Void> readOnly() {
        return Panache.getSession().invoke(session -> {
            session.setDefaultReadOnly(true);
            session.setFlushMode(FlushMode.MANUAL);
        }).replaceWithVoid();
    }

    private Uni<BookableService> service(String tenantId, UUID serviceId) {
        return services.findOwned(tenantId, serviceId)
                .onItem().ifNull().failWith(() -> ProblemException.badField("serviceId", "is not a service of this merchant"));
    }

    private Uni<List<Resource>> offering(String tenantId, BookableService service, UUID resourceId, UUID locationId) {
        if (resourceId == null && locationId == null) {
            return Uni.createFrom().failure(ProblemException.badField("resourceId", "give resourceId or locationId"));
        }
        if (!service.active) {
            // a retired service has no free starts: nobody may book it again
            return Uni.createFrom().item(List.of());
        }
        return resources.offering(tenantId, service.id, locationId).map(found -> {
            if (resourceId == null) {
                return found;
            }
            List<Resource> one = found.stream().filter(r -> r.id.equals(resourceId)).toList();
            if (one.isEmpty()) {
                throw ProblemException.badField("resourceId", "does not offer this service");
            }
            return one;
        });
    }
}
