package io.horae.availability.location;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
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
    private final LocationRepository locations;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    public LocationService(LocationRepository locations, Patches patches) {
        this.locations = locations;
        this.patches = patches;
    }

    @WithTransaction
    public Uni<Location> open(String tenantId, LocationResource.NewLocation request) {
        Location location = new Location();
        location.id = UUID.randomUUID();
        location.tenantId = tenantId;
        location.createdAt = OffsetDateTime.now(clock);
        fill(location, request);
        return locations.persist(location);
    }

    /** Applies a JSON merge patch, checked by the rules of a new location. */
    @WithTransaction
    public Uni<Location> change(String tenantId, UUID id, ObjectNode patch) {
        return locations.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("location", id))
                .invoke(l -> fill(l, patches.apply(LocationResource.NewLocation.of(l), patch,
                        LocationResource.NewLocation.class)));
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

    @WithSession
    public Uni<List<Location>> list(String tenantId) {
        return locations.listOwned(tenantId, Sort.by("name").and("id"));
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
