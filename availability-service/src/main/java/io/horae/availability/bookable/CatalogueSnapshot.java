package io.horae.availability.bookable;

import io.horae.availability.classes.ClassOccurrence;
import io.horae.availability.service.BookableService;
import io.horae.kernel.concurrent.SingleFlight;
import io.smallrye.mutiny.Uni;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A tenant's catalogue as it was at one version: services, resources and classes, each read the first time it is
 * asked for and kept until the version moves on. Concurrent first askers share one read.
 */
final class CatalogueSnapshot {
    /** Beyond this many objects of one kind, answers are read afresh instead of kept. */
    private static final int KEPT_PER_KIND = 10_000;

    /** How a snapshot reads what it does not hold yet; every read is of the tenant's own objects. */
    interface Reader {
        Uni<Optional<BookableService>> service(String tenantId, UUID id);

        Uni<Optional<ResourceRules>> resource(String tenantId, UUID id);

        Uni<Optional<ClassOccurrence>> classOccurrence(String tenantId, UUID id);
    }

    final String tenantId;
    final long version;
    private final Part<BookableService> services;
    private final Part<ResourceRules> resources;
    private final Part<ClassOccurrence> classes;

    CatalogueSnapshot(String tenantId, long version, Reader reader) {
        this.tenantId = tenantId;
        this.version = version;
        this.services = new Part<>(id -> reader.service(tenantId, id));
        this.resources = new Part<>(id -> reader.resource(tenantId, id));
        this.classes = new Part<>(id -> reader.classOccurrence(tenantId, id));
    }

    Uni<Optional<BookableService>> service(UUID id) {
        return services.get(id);
    }

    Uni<Optional<ResourceRules>> resource(UUID id) {
        return resources.get(id);
    }

    Uni<Optional<ClassOccurrence>> classOccurrence(UUID id) {
        return classes.get(id);
    }

    /** One kind of object of the snapshot. */
    private static final class Part<T> {
        private final ConcurrentHashMap<UUID, Optional<T>> kept = new ConcurrentHashMap<>();
        private final SingleFlight<UUID, Optional<T>> reading = new SingleFlight<>();
        private final Function<UUID, Uni<Optional<T>>> read;

        Part(Function<UUID, Uni<Optional<T>>> read) {
            this.read = read;
        }

        Uni<Optional<T>> get(UUID id) {
            Optional<T> known = kept.get(id);
            if (known != null) {
                return Uni.createFrom().item(known);
            }
            return reading.join(id, () -> read.apply(id).invoke(found -> {
                if (kept.size() < KEPT_PER_KIND) {
                    kept.put(id, found);
                }
            }));
        }
    }
}
