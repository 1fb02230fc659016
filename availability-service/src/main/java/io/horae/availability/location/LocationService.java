package io.horae.availability.location;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The merchant's locations: opened and changed. A changed time zone moves the wall-clock working hours of its
 * resources for later questions; bookings already made keep their instants.
 */
@ApplicationScoped
public class LocationService {
    /** A location retired or in use again, and the future bookings at it the merchant may want to move or cancel. */
    public record Retirement(Location location, List<AffectedBooking> affected) {
    }

    private final LocationRepository locations;
    private final LocationResources resources;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    public LocationService(LocationRepository locations, LocationResources resources, Patches patches) {
        this.locations = locations;
        this.resources = resources;
        this.patches = patches;
    }

    @WithTransaction
    public Uni<Location> open(String tenantId, LocationResource.NewLocation request) {
        Location location = new Location();
        location.id = UUID.randomUUID();
        location.tenantId = tenantId;
        location.active = true;
        location.createdAt = OffsetDateTime.now(clock);
        fill(location, request);
        return locations.persist(location);
    }

    /** Applies a JSON merge patch, checked by the rules of a new location. */
    @WithTransaction
    public Uni<Location> change(String tenantId, UUID id, ObjectNode patch) {
        return owned(tenantId, id)
                .invoke(l -> fill(l, patches.apply(LocationResource.NewLocation.of(l), patch,
                        LocationResource.NewLocation.class)));
    }

    /**
     * Retires the location: it takes no new resources, and every resource in use at it is retired (offered to no new
     * booking, bookings kept); the answer lists the future bookings on them. In use again, it takes resources again;
     * its resources are put back in use one by one, as the merchant decides.
     */
    @WithTransaction
    public Uni<Retirement> setActive(String tenantId, UUID id, boolean active) {
        return owned(tenantId, id)
                .invoke(l -> l.active = active)
                .chain(l -> (active ? Uni.createFrom().item(List.<AffectedBooking>of())
                        : resources.retireAll(tenantId, id)).map(affected -> new Retirement(l, affected)));
    }

    /** Deletes a location no resource is at, with its holidays; 409 naming how many resources are (retire it instead). */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(l -> resources.count(tenantId, id).invoke(count -> {
                    if (count > 0) {
                        throw ProblemException.conflict("location " + id + " has " + count + " resources: delete them, "
                                + "move them elsewhere or retire the location");
                    }
                }))
                .call(l -> Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM holiday WHERE location_id = ?1").setParameter(1, id)
                        .executeUpdate()))
                .call(locations::delete)
                .replaceWithVoid();
    }

    private Uni<Location> owned(String tenantId, UUID id) {
        return locations.findOwned(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("location", id));
    }

    private static void fill(Location location, LocationResource.NewLocation request) {
        location.name = request.name().strip();
        location.timeZone = zone(request.timeZone()).getId();
        location.street = request.street();
        location.city = request.city();
        location.zipCode = request.zipCode();
        location.country = request.country();
        location.latitude = request.latitude();
        location.longitude = request.longitude();
    }

    @WithSession
    public Uni<Location> find(String tenantId, UUID id) {
        return locations.findOwned(tenantId, id);
    }

    /** The tenant's locations by name, all or only those {@code active} says. */
    @WithSession
    public Uni<List<Location>> list(String tenantId, Boolean active) {
        Sort order = Sort.by("name").and("id");
        return active == null ? locations.listOwned(tenantId, order)
                : locations.list("tenantId = ?1 and active = ?2", order, tenantId, active);
    }

    /** Only region ids (Europe/Prague), never fixed offsets: an offset has no DST rules for working hours. */
    static ZoneId zone(String id) {
        try {
            ZoneId zone = ZoneId.of(id);
            if (!id.contains("/") && !id.equals("UTC")) {
                throw ProblemException.badField("timeZone", "must be an IANA time zone such as Europe/Prague");
            }
            return zone;
        } catch (DateTimeException e) {
            throw ProblemException.badField("timeZone", "is not a known IANA time zone");
        }
    }
}
