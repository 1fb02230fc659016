package io.horae.availability.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.availability.busy.BusyIntervalRepository.By;
import io.horae.availability.busy.BusyIntervalRepository;
import io.horae.availability.location.LocationRepository;
import io.horae.availability.location.LocationResources;
import io.horae.availability.service.BookableServiceRepository;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.events.catalog.ResourceChanged;
import io.horae.kernel.json.Patches;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.persistence.Batches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The resources of a merchant (staff, rooms, equipment) through their whole life: added, changed, offering services,
 * retired (kept for the bookings on them, offered to no new one; the answer lists the future bookings affected),
 * in use again, or deleted while nothing uses them. Every change is announced on {@code horae.catalog}.
 */
@ApplicationScoped
public class ResourceCatalog implements LocationResources {
    @ApplicationScoped
    static class Offers implements PanacheRepositoryBase<ResourceOffer, ResourceOffer.Key> {
    }

    /** A resource retired or in use again, and the future bookings on it the merchant may want to move or cancel. */
    public record Retirement(Resource resource, List<AffectedBooking> affected) {
    }

    /** What belongs to a resource alone and goes with it: its offers, hours and time off. */
    private static final List<String> OWN_ROWS = List.of("resource_service", "working_hours_rule",
            "working_hours_exception", "free_time");

    private final ResourceRepository resources;
    private final Offers offers;
    private final LocationRepository locations;
    private final BookableServiceRepository services;
    private final BusyIntervalRepository busy;
    private final Patches patches;
    private final Outbox outbox;
    private final ResourceTags tags;
    private final Clock clock = Clock.systemUTC();

    ResourceCatalog(ResourceRepository resources, Offers offers, LocationRepository locations,
                    BookableServiceRepository services, BusyIntervalRepository busy, Patches patches, Outbox outbox,
                    ResourceTags tags) {
        this.resources = resources;
        this.offers = offers;
        this.locations = locations;
        this.services = services;
        this.busy = busy;
        this.patches = patches;
        this.outbox = outbox;
        this.tags = tags;
    }

    @WithTransaction
    public Uni<Resource> add(String tenantId, ResourceCatalogResource.NewResource request) {
        Resource resource = new Resource();
        resource.id = UUID.randomUUID();
        resource.tenantId = tenantId;
        resource.active = true;
        resource.createdAt = OffsetDateTime.now(clock);
        return fill(resource, request).call(resources::persist).call(r -> announce(r, List.of()));
    }

    /** Applies a JSON merge patch (name, location, kind, tags), checked by the rules of a new resource. */
    @WithTransaction
    public Uni<Resource> change(String tenantId, UUID id, ObjectNode patch) {
        return owned(tenantId, id)
                .chain(r -> fill(r, patches.apply(ResourceCatalogResource.NewResource.of(r), patch,
                        ResourceCatalogResource.NewResource.class)))
                .call(this::announce);
    }

    /** Retires the resource ({@code active} false) or puts it in use again, at a location in use. */
    @WithTransaction
    public Uni<Retirement> setActive(String tenantId, UUID id, boolean active) {
        return owned(tenantId, id)
                .call(r -> active ? locations.findOwned(tenantId, r.locationId).invoke(location -> {
                    if (!location.active) {
                        throw ProblemException.conflict("resource " + id + " is at location " + location.id
                                + ", which is retired: put the location in use first, or move the resource");
                    }
                }) : Uni.createFrom().voidItem())
                .invoke(r -> r.active = active)
                .call(this::announce)
                .chain(r -> (active ? Uni.createFrom().item(List.<AffectedBooking>of())
                        : busy.ahead(tenantId, By.RESOURCE, id, OffsetDateTime.now(clock)))
                        .map(affected -> new Retirement(r, affected)));
    }

    /**
     * Deletes a resource nothing uses (no claim, no class), with its offers, hours and time off; one in use answers
     * 409: retire it instead.
     */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(r -> busy.unused(tenantId, By.RESOURCE, id, "resource " + id))
                .call(r -> Panache.getSession().chain(session -> Multi.createFrom().iterable(OWN_ROWS)
                        .onItem().transformToUniAndConcatenate(table -> session
                                .createNativeQuery("DELETE FROM " + table + " WHERE resource_id = ?1")
                                .setParameter(1, id).executeUpdate())
                        .collect().last()))
                .invoke(r -> r.active = false)
                .call(r -> announce(r, List.of()))
                .call(resources::delete)
                .replaceWithVoid();
    }

    @Override
    public Uni<Long> count(String tenantId, UUID locationId) {
        return resources.count("tenantId = ?1 and locationId = ?2", tenantId, locationId);
    }

    @Override
    public Uni<List<AffectedBooking>> retireAll(String tenantId, UUID locationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return resources.list("tenantId = ?1 and locationId = ?2 and active = true", Sort.by("name").and("id"),
                        tenantId, locationId)
                .chain(inUse -> Multi.createFrom().iterable(inUse)
                        .onItem().transformToUniAndConcatenate(r -> {
                            r.active = false;
                            return announce(r).chain(() -> busy.ahead(tenantId, By.RESOURCE, r.id, now));
                        })
                        .collect().asList())
                .map(each -> each.stream().flatMap(List::stream)
                        .sorted(java.util.Comparator.comparing(AffectedBooking::start)).toList());
    }

    private Uni<Resource> owned(String tenantId, UUID id) {
        return resources.findOwned(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("resource", id));
    }

    private Uni<Resource> fill(Resource resource, ResourceCatalogResource.NewResource request) {
        return locations.findOwned(resource.tenantId, request.locationId())
                .onItem().ifNull().failWith(() -> ProblemException.badField("locationId", "is not a location of this merchant"))
                .map(location -> {
                    if (!location.active && !location.id.equals(resource.locationId)) {
                        throw ProblemException.badField("locationId", "is retired");
                    }
                    resource.locationId = location.id;
                    resource.name = request.name().strip();
                    resource.kind = request.kind();
                    resource.tags = request.tags() == null ? new String[0]
                            : request.tags().stream().map(String::strip).distinct().toArray(String[]::new);
                    return resource;
                })
                .call(r -> tags.ensure(r.tenantId, List.of(r.tags)));
    }

    /** Replaces the services the resource offers. */
    @WithTransaction
    public Uni<List<UUID>> offer(String tenantId, UUID resourceId, List<UUID> serviceIds) {
        List<UUID> distinct = serviceIds.stream().distinct().toList();
        return resources.findOwned(tenantId, resourceId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", resourceId))
                .call(resource -> (distinct.isEmpty() ? Uni.createFrom().item(0L)
                        : services.count("tenantId = ?1 and id in ?2", tenantId, distinct)).invoke(found -> {
                    if (found != distinct.size()) {
                        throw ProblemException.badField("serviceIds", "contains a service this merchant does not have");
                    }
                }))
                .call(resource -> offers.delete("resourceId", resourceId))
                .call(resource -> Batches.persist(offers, distinct.stream().map(serviceId -> {
                    ResourceOffer offer = new ResourceOffer();
                    offer.resourceId = resourceId;
                    offer.serviceId = serviceId;
                    return offer;
                }).toList()))
                .call(resource -> announce(resource, distinct))
                .replaceWith(distinct);
    }

    @WithSession
    public Uni<Resource> find(String tenantId, UUID id) {
        return resources.findOwned(tenantId, id);
    }

    @WithSession
    public Uni<List<UUID>> offered(UUID resourceId) {
        return offers.list("resourceId", Sort.by("serviceId"), resourceId)
                .map(all -> all.stream().map(o -> o.serviceId).toList());
    }

    /** The tenant's resources, at one location or all, all or only those {@code active} says. */
    @WithSession
    public Uni<List<Resource>> list(String tenantId, UUID locationId, Boolean active) {
        return resources.listed(tenantId, locationId, active);
    }

    /** Announces the resource as it is, with the services it offers. */
    private Uni<Void> announce(Resource r) {
        return offered(r.id).chain(serviceIds -> announce(r, serviceIds));
    }

    private Uni<Void> announce(Resource r, List<UUID> serviceIds) {
        return outbox.append(r.tenantId, r.id, ResourceChanged.TYPE,
                new ResourceChanged(r.id, r.locationId, r.name, r.kind.name(), r.active, serviceIds));
    }
}
