package io.horae.availability.classes;

import io.horae.availability.busy.BusyIntervalRepository;
import io.horae.availability.resource.ResourceRepository;
import io.horae.availability.service.BookableServiceRepository;
import io.horae.events.catalog.ClassCancelled;
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
import java.util.UUID;

/** Classes (Reservanto Classes): scheduled occurrences and the seats they have left. */
@ApplicationScoped
public class ClassSchedule {
    public record WithSeats(ClassOccurrence occurrence, long seatsLeft) {
    }

    private final ClassOccurrenceRepository classes;
    private final BookableServiceRepository services;
    private final ResourceRepository resources;
    private final BusyIntervalRepository busy;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ClassSchedule(ClassOccurrenceRepository classes, BookableServiceRepository services, ResourceRepository resources,
                  BusyIntervalRepository busy, Outbox outbox) {
        this.outbox = outbox;
        this.classes = classes;
        this.services = services;
        this.resources = resources;
        this.busy = busy;
    }

    @WithTransaction
    public Uni<ClassOccurrence> schedule(String tenantId, ClassResource.NewClass request) {
        return services.findOwned(tenantId, request.serviceId())
                .onItem().ifNull().failWith(() -> ProblemException.badField("serviceId", "is not a service of this merchant"))
                .invoke(service -> {
                    if (!service.active) {
                        throw ProblemException.badField("serviceId", "is no longer offered");
                    }
                })
                .chain(service -> resources.findOwned(tenantId, request.resourceId())
                        .onItem().ifNull().failWith(() -> ProblemException.badField("resourceId", "is not a resource of this merchant"))
                        .invoke(resource -> {
                            if (!resource.active) {
                                throw ProblemException.badField("resourceId", "is no longer in use");
                            }
                        })
                        .map(resource -> {
                            ClassOccurrence occurrence = new ClassOccurrence();
                            occurrence.id = UUID.randomUUID();
                            occurrence.tenantId = tenantId;
                            occurrence.serviceId = service.id;
                            occurrence.resourceId = resource.id;
                            occurrence.locationId = resource.locationId;
                            occurrence.startsAt = request.start();
                            occurrence.endsAt = request.start().plusMinutes(service.durationMinutes);
                            occurrence.capacity = request.capacity() != null ? request.capacity() : service.capacity;
                            occurrence.createdAt = OffsetDateTime.now(clock);
                            return occurrence;
                        }))
                .call(classes::persist);
    }

    /**
     * Cancels an occurrence: it takes no more bookings, and {@code catalog.class_cancelled.v1} has booking-service
     * cancel its bookings and drop its waiting list. Cancelling twice answers 409.
     */
    @WithTransaction
    public Uni<ClassOccurrence> cancel(String tenantId, UUID id, String reason) {
        return classes.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class", id))
                .invoke(c -> {
                    if (c.cancelledAt != null) {
                        throw ProblemException.conflict("class " + id + " was cancelled at " + c.cancelledAt);
                    }
                    c.cancelledAt = OffsetDateTime.now(clock);
                    c.cancelReason = reason;
                })
                .call(c -> outbox.append(tenantId, c.id, ClassCancelled.TYPE, new ClassCancelled(c.id, reason)));
    }

    @WithSession
    public Uni<WithSeats> find(String tenantId, UUID id) {
        return classes.findOwned(tenantId, id).chain(c -> c == null ? Uni.createFrom().nullItem() : withSeats(c));
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
        return classes.list(query, Sort.by("startsAt").and("id"), parameters)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(List.<WithSeats>of())
                        : busy.seatsTaken(found.stream().map(c -> c.id).toList()).map(taken -> found.stream()
                        .map(c -> new WithSeats(c, seatsLeft(c, taken.getOrDefault(c.id, 0L))))
                        .filter(c -> !onlyWithSeats || c.seatsLeft() > 0)
                        .toList()));
    }

    private Uni<WithSeats> withSeats(ClassOccurrence occurrence) {
        return busy.seatsTaken(occurrence.id).map(taken -> new WithSeats(occurrence, seatsLeft(occurrence, taken)));
    }

    /** A cancelled class has no seat left. */
    private static long seatsLeft(ClassOccurrence occurrence, long taken) {
        return occurrence.cancelledAt != null ? 0 : Math.max(0, occurrence.capacity - taken);
    }
}
