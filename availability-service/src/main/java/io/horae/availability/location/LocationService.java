package io.horae.availability.location;

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

@ApplicationScoped
public class LocationService {
    private final LocationRepository locations;
    private final Clock clock = Clock.systemUTC();

    public LocationService(LocationRepository locations) {
        this.locations = locations;
    }

    @WithTransaction
    public Uni<Location> open(String tenantId, LocationResource.NewLocation request) {
        Location location = new Location();
        location.id = UUID.randomUUID();
        location.tenantId = tenantId;
        location.name = request.name().strip();
        location.timeZone = zone(request.timeZone()).getId();
        location.street = request.street();
        location.city = request.city();
        location.zipCode = request.zipCode();
        location.country = request.country();
        location.latitude = request.latitude();
        location.longitude = request.longitude();
        location.createdAt = OffsetDateTime.now(clock);
        return locations.persist(location);
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
