package io.horae.availability.classes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.availability.busy.BusyIntervalRepository;
import io.horae.availability.resource.Resource;
import io.horae.availability.resource.ResourceRepository;
import io.horae.availability.service.BookableService;
import io.horae.availability.service.BookableServiceRepository;
import io.horae.events.catalog.ClassCancelled;
import io.horae.events.catalog.ClassScheduled;
import io.horae.kernel.json.Patches;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Classes (Reservanto Classes): occurrences scheduled one by one, changed or cancelled one by one, and the seats they
 * have left. A class with bookings keeps its time and place ({@link ClassOccurrence#change}); cancelling it cancels
 * its bookings through {@code catalog.class_cancelled.v1}.
 */
@ApplicationScoped
public class ClassSchedule {
    public record WithSeats(ClassOccurrence occurrence, long seatsLeft) {
    }

    /** The service a class is of and the resource that holds it, both checked to take new bookings. */
    record Place(BookableService service, Resource resource) {
    }

    private final ClassOccurrenceRepository classes;
    private final BookableServiceRepository services;
    private final ResourceRepository resources;
    private final BusyIntervalRepository busy;
    private final Outbox outbox;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    ClassSchedule(ClassOccurrenceRepository classes, BookableServiceRepository services, ResourceRepository resources,
                  BusyIntervalRepository busy, Outbox outbox, Patches patches) {
        this.outbox = outbox;
        this.classes = classes;
        this.services = services;
        this.resources = resources;
        this.busy = busy;
        this.patches = patches;
    }

    @WithTransaction
    public Uni<ClassOccurrence> schedule(String tenantId, ClassResource.NewClass request) {
        return place(tenantId, request.serviceId(), request.resourceId())
                .chain(place -> add(tenantId, place, null, request.start(),
                        request.capacity() != null ? request.capacity() : place.service().capacity));
    }

    /**
     * Changes one class by merge patch of the request that scheduled it: another start, resource or number of seats.
     * Its service stays; a class with bookings keeps its time and place and never has fewer seats than are booked.
     */
    @WithTransaction
    public Uni<WithSeats> change(String tenantId, UUID id, ObjectNode patch) {
        return classes.lockOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class", id))
                .invoke(c -> c.changeableAt(OffsetDateTime.now(clock)))
                .chain(c -> {
                    ClassResource.NewClass changed = patches.apply(new ClassResource.NewClass(c.serviceId,
                            c.resourceId, c.startsAt, c.capacity), patch, ClassResource.NewClass.class);
                    if (!changed.serviceId().equals(c.serviceId)) {
                        throw ProblemException.badField("serviceId", "cannot change: schedule a class of the other service");
                    }
                    return place(tenantId, c.serviceId, changed.resourceId())
                            .chain(place -> busy.seatsTaken(c.id).chain(taken -> {
                                c.change(changed.start(), place.resource().id, place.resource().locationId,
                                        changed.capacity() != null ? changed.capacity() : place.service().capacity,
                                        taken);
                                return announce(c).replaceWith(new WithSeats(c, seatsLeft(c, taken)));
                            }));
                });
    }

    /**
     * Cancels a class: it takes no more bookings, and {@code catalog.class_cancelled.v1} has booking-service cancel its
     * bookings and drop its waiting list. Cancelling twice answers 409.
     */
    @WithTransaction
    public Uni<ClassOccurrence> cancel(String tenantId, UUID id, String reason) {
        return classes.lockOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class", id))
                .invoke(c -> {
                    if (c.cancelledAt != null) {
                        throw ProblemException.conflict("class " + id + " was cancelled at " + c.cancelledAt);
                    }
                })
                .call(c -> cancelled(c, reason));
    }

    @WithSession
    public Uni<WithSeats> find(String tenantId, UUID id) {
        return classes.findOwned(tenantId, id).chain(c -> c == null ? Uni.createFrom().nullItem() : withSeats(List.of(c))
                .map(found -> found.get(0)));
    }

    /** Occurrences in {@code [from, to)} at a location, optionally of one service, with the seats left. */
    @WithSession
    public Uni<List<WithSeats>> between(String tenantId, UUID locationId, UUID serviceId, OffsetDateTime from,
                                        OffsetDateTime to, boolean onlyWithSeats) {
        Parameters parameters = Parameters.with("tenant", tenantId).and("location", locationId).and("from", from)
                .and("to", to);
        String query = "tenantId = :tenant and locationId = :location and startsAt >= :from and startsAt < :to";
        if (serviceId != null) {
            query += " and serviceId = :service";
            parameters = parameters.and("service", serviceId);
        }
        return classes.list(query, Sort.by("startsAt").and("id"), parameters).chain(this::withSeats)
                .map(found -> found.stream().filter(c -> !onlyWithSeats || c.seatsLeft() > 0).toList());
    }

    /** The service and resource, both the tenant's and both taking new bookings. */
    Uni<Place> place(String tenantId, UUID serviceId, UUID resourceId) {
        return services.findOwned(tenantId, serviceId)
                .onItem().ifNull().failWith(() -> ProblemException.badField("serviceId", "is not a service of this merchant"))
                .invoke(service -> {
                    if (!service.active) {
                        throw ProblemException.badField("serviceId", "is no longer offered");
                    }
                })
                .chain(service -> resources.findOwned(tenantId, resourceId)
                        .onItem().ifNull().failWith(() -> ProblemException.badField("resourceId", "is not a resource of this merchant"))
                        .invoke(resource -> {
                            if (!resource.active) {
                                throw ProblemException.badField("resourceId", "is no longer in use");
                            }
                        })
                        .map(resource -> new Place(service, resource)));
    }

    /** A new class of {@code place}'s service at {@code start}, in {@code seriesId} or on its own (null), announced. */
    Uni<ClassOccurrence> add(String tenantId, Place place, UUID seriesId, OffsetDateTime start, int capacity) {
        ClassOccurrence occurrence = new ClassOccurrence();
        occurrence.id = UUID.randomUUID();
        occurrence.tenantId = tenantId;
        occurrence.seriesId = seriesId;
        occurrence.serviceId = place.service().id;
        occurrence.resourceId = place.resource().id;
        occurrence.locationId = place.resource().locationId;
        occurrence.startsAt = start;
        occurrence.endsAt = start.plusMinutes(place.service().durationMinutes);
        occurrence.capacity = capacity;
        occurrence.createdAt = OffsetDateTime.now(clock);
        return classes.persist(occurrence).call(this::announce);
    }

    /** Tells the platform where and when the class is now ({@code catalog.class_scheduled.v1}). */
    Uni<Void> announce(ClassOccurrence c) {
        return outbox.append(c.tenantId, c.id, ClassScheduled.TYPE, new ClassScheduled(c.id, c.seriesId, c.serviceId,
                c.resourceId, c.locationId, c.startsAt, c.endsAt, c.capacity));
    }

    /** Marks the class cancelled and has its bookings cancelled ({@code catalog.class_cancelled.v1}). */
    Uni<Void> cancelled(ClassOccurrence c, String reason) {
        c.cancelledAt = OffsetDateTime.now(clock);
        c.cancelReason = reason;
        return outbox.append(c.tenantId, c.id, ClassCancelled.TYPE, new ClassCancelled(c.id, reason));
    }

    /** The classes with the seats each has left, seats counted in one query. */
    Uni<List<WithSeats>> withSeats(List<ClassOccurrence> found) {
        return seatsTaken(found).map(taken -> found.stream()
                .map(c -> new WithSeats(c, seatsLeft(c, taken.getOrDefault(c.id, 0L)))).toList());
    }

    /** Seats taken per class, for the classes in {@code found}; a class nobody booked is absent. */
    Uni<Map<UUID, Long>> seatsTaken(List<ClassOccurrence> found) {
        return found.isEmpty() ? Uni.createFrom().item(Map.of())
                : busy.seatsTaken(found.stream().map(c -> c.id).toList());
    }

    /** A cancelled class has no seat left. */
    private static long seatsLeft(ClassOccurrence occurrence, long taken) {
        return occurrence.cancelledAt != null ? 0 : Math.max(0, occurrence.capacity - taken);
    }
}
