package io.horae.availability.bookable;

import io.horae.availability.classes.ClassOccurrence;
import io.horae.availability.service.BookableService;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.ServiceTiming;
import io.horae.availability.slot.SlotEngine;
import io.horae.claims.ClaimLine;
import io.horae.claims.LineOffer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Whether the catalogue offers the lines of a claim: the question reservations-service asks before it claims. Hours,
 * holidays, time off, classes, notice, horizon and seats per start are the catalogue's; whether the time is still
 * free is the claim's, decided by reservations-service's constraints when it claims. Answered from the tenant's
 * {@link CatalogueSnapshot}, so a warm answer reads one row (the catalogue version) and nothing else.
 */
@ApplicationScoped
public class Bookability {
    private final CatalogueSnapshots snapshots;
    private final Clock clock = Clock.systemUTC();

    Bookability(CatalogueSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** One offer per line, in order. */
    public Uni<List<LineOffer>> offers(String tenantId, List<ClaimLine> lines) {
        return snapshots.current(tenantId).chain(snapshot -> Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> offer(snapshot, line))
                .collect().asList());
    }

    private Uni<LineOffer> offer(CatalogueSnapshot snapshot, ClaimLine line) {
        Instant now = clock.instant();
        if (line instanceof ClaimLine.ServiceStart s) {
            return snapshot.service(s.serviceId()).chain(service -> service.isEmpty()
                    ? Uni.createFrom().item(LineOffer.invalid("serviceId", "is not a service of this merchant"))
                    : !service.get().active
                    ? Uni.createFrom().item(LineOffer.invalid("serviceId", "is no longer offered"))
                    : snapshot.resource(s.resourceId()).map(resource -> resource.isPresent()
                    && resource.get().offers(s.serviceId())
                    ? serviceStart(resource.get(), service.get(), s, now)
                    : LineOffer.invalid("resourceId", "does not offer this service")));
        }
        if (line instanceof ClaimLine.ClassSeats c) {
            return snapshot.classOccurrence(c.classId()).map(occurrence -> occurrence
                    .map(o -> classSeats(o, c, now))
                    .orElseGet(() -> LineOffer.invalid("classId", "is not a class of this merchant")));
        }
        if (line instanceof ClaimLine.Rental r) {
            return snapshot.resource(r.resourceId()).map(resource -> resource
                    .map(rules -> rental(rules, r, now))
                    .orElseGet(() -> LineOffer.invalid("resourceId", "is not a resource of this merchant")));
        }
        return Uni.createFrom().item(LineOffer.invalid(null, "a product line is not availability's to answer"));
    }

    private static LineOffer serviceStart(ResourceRules resource, BookableService service, ClaimLine.ServiceStart s,
                                          Instant now) {
        if (s.seats() > service.capacity) {
            return LineOffer.invalid("seats", service.capacity == 1 ? "an exclusive start takes one seat"
                    : "a start of this service takes at most " + service.capacity + " seats");
        }
        ServiceTiming timing = service.timing();
        Instant start = s.start().toInstant();
        if (!SlotEngine.offers(resource.calendar(), timing, resource.timeOff(), start, now)) {
            return LineOffer.notOffered("this start is not offered");
        }
        Interval footprint = timing.footprint(start);
        return LineOffer.offered(utc(start), utc(start.plus(timing.duration())), utc(footprint.start()),
                utc(footprint.end()), service.capacity, resource.resource().id, service.id);
    }

    private static LineOffer classSeats(ClassOccurrence occurrence, ClaimLine.ClassSeats c, Instant now) {
        if (occurrence.cancelledAt != null) {
            return LineOffer.invalid("classId", "was cancelled");
        }
        if (c.seats() > occurrence.capacity) {
            return LineOffer.invalid("seats", "the class has " + occurrence.capacity + " seats");
        }
        if (!occurrence.startsAt.toInstant().isAfter(now)) {
            return LineOffer.notOffered("the class has already started");
        }
        return LineOffer.offered(occurrence.startsAt, occurrence.endsAt, occurrence.startsAt, occurrence.endsAt,
                occurrence.capacity, occurrence.resourceId, occurrence.serviceId);
    }

    private static LineOffer rental(ResourceRules resource, ClaimLine.Rental r, Instant now) {
        if (!r.end().isAfter(r.start())) {
            return LineOffer.invalid("end", "must be after start");
        }
        Interval period = new Interval(r.start().toInstant(), r.end().toInstant());
        if (!period.start().isAfter(now)) {
            return LineOffer.notOffered("the period has already begun");
        }
        boolean free = resource.resource().active && SlotEngine.freeTime(resource.calendar(), resource.timeOff(),
                period.start(), period.end()).stream().anyMatch(interval -> interval.contains(period));
        return free ? LineOffer.offered(r.start(), r.end(), r.start(), r.end(), 1, resource.resource().id, null)
                : LineOffer.notOffered("the resource is not free for all of the period");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
