package io.horae.availability.bookable;

import io.horae.availability.classes.ClassOccurrence;
import io.horae.availability.classes.ClassOccurrenceRepository;
import io.horae.availability.hours.Calendars;
import io.horae.availability.resource.ResourceOffer;
import io.horae.availability.resource.ResourceRepository;
import io.horae.availability.service.BookableService;
import io.horae.availability.service.BookableServiceRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The catalogue snapshot of each tenant, checked against the tenant's catalogue version on every use: every change
 * of a catalogue table raises the version in its own transaction (a trigger, see V5__catalogue_version.sql), so a
 * snapshot is never used after the catalogue it shows changed, whichever replica changed it. Reading the version is
 * one indexed row by primary key; everything else is read once per version.
 */
@ApplicationScoped
public class CatalogueSnapshots implements CatalogueSnapshot.Reader {
    /** Beyond this many tenants, the snapshots are dropped and read again as needed. */
    private static final int KEPT_TENANTS = 2_000;
    /** Time off, classes and hours exceptions are read from a day back to the longest horizon a service may have. */
    private static final Duration LOOK_BACK = Duration.ofDays(1);
    private static final Duration LOOK_AHEAD = Duration.ofDays(3661);

    private final ConcurrentHashMap<String, CatalogueSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Pool pool;
    private final BookableServiceRepository services;
    private final ResourceRepository resources;
    private final ClassOccurrenceRepository classes;
    private final Calendars calendars;
    private final Clock clock = Clock.systemUTC();

    CatalogueSnapshots(Pool pool, BookableServiceRepository services, ResourceRepository resources,
                       ClassOccurrenceRepository classes, Calendars calendars) {
        this.pool = pool;
        this.services = services;
        this.resources = resources;
        this.classes = classes;
        this.calendars = calendars;
    }

    /** The tenant's catalogue as it is now. */
    Uni<CatalogueSnapshot> current(String tenantId) {
        return version(tenantId).map(version -> {
            if (snapshots.size() > KEPT_TENANTS) {
                snapshots.clear();
            }
            return snapshots.compute(tenantId, (t, kept) -> kept != null && kept.version >= version ? kept
                    : new CatalogueSnapshot(t, version, this));
        });
    }

    private Uni<Long> version(String tenantId) {
        return pool.preparedQuery("SELECT version FROM catalogue_version WHERE tenant_id = $1")
                .execute(Tuple.of(tenantId))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    return found.hasNext() ? found.next().getLong(0) : 0L;
                });
    }

    @Override
    public Uni<Optional<BookableService>> service(String tenantId, UUID id) {
        return Panache.withSession(() -> services.findOwned(tenantId, id)).map(Optional::ofNullable);
    }

    @Override
    public Uni<Optional<ClassOccurrence>> classOccurrence(String tenantId, UUID id) {
        return Panache.withSession(() -> classes.findOwned(tenantId, id)).map(Optional::ofNullable);
    }

    @Override
    public Uni<Optional<ResourceRules>> resource(String tenantId, UUID id) {
        Instant now = clock.instant();
        return Panache.withSession(() -> resources.findOwned(tenantId, id).chain(resource -> resource == null
                ? Uni.createFrom().item(Optional.<ResourceRules>empty())
                : calendars.withoutClaims(List.of(resource), now.minus(LOOK_BACK), now.plus(LOOK_AHEAD))
                .chain(loaded -> Panache.getSession().chain(session -> session.createSelectionQuery(
                                "from ResourceOffer where resourceId = ?1", ResourceOffer.class)
                        .setParameter(1, id).getResultList())
                        .map(offers -> Optional.of(new ResourceRules(resource, loaded.get(0).calendar(),
                                loaded.get(0).timeOff(),
                                offers.stream().map(o -> o.serviceId).collect(Collectors.toUnmodifiableSet())))))));
    }
}
