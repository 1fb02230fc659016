package io.horae.availability.resource;

import io.horae.availability.location.LocationRepository;
import io.horae.availability.service.BookableServiceRepository;
import io.horae.events.catalog.ResourceChanged;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.persistence.Batches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResourceCatalog {
    @ApplicationScoped
    static class Offers implements PanacheRepositoryBase<ResourceOffer, ResourceOffer.Key> {
    }

    private final ResourceRepository resources;
    private final Offers offers;
    private final LocationRepository locations;
    private final BookableServiceRepository services;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ResourceCatalog(ResourceRepository resources, Offers offers, LocationRepository locations,
                    BookableServiceRepository services, Outbox outbox) {
        this.resources = resources;
        this.offers = offers;
        this.locations = locations;
        this.services = services;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Resource> add(String tenantId, ResourceResource.NewResource request) {
        return locations.findOwned(tenantId, request.locationId())
                .onItem().ifNull().failWith(() -> ProblemException.badField("locationId", "is not a location of this merchant"))
                .map(location -> {
                    Resource resource = new Resource();
                    resource.id = UUID.randomUUID();
                    resource.tenantId = tenantId;
                    resource.locationId = location.id;
                    resource.name = request.name().strip();
                    resource.kind = request.kind();
                    resource.tags = request.tags() == null ? new String[0] : request.tags().toArray(String[]::new);
                    resource.active = true;
                    resource.createdAt = OffsetDateTime.now(clock);
                    return resource;
                })
                .call(resources::persist)
                .call(resource -> announce(resource, List.of()));
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

    @WithSession
    public Uni<List<Resource>> list(String tenantId, UUID locationId) {
        return locationId == null ? resources.listOwned(tenantId, Sort.by("name").and("id"))
                : resources.atLocation(tenantId, locationId);
    }

    private Uni<Void> announce(Resource r, List<UUID> serviceIds) {
        return outbox.append(r.tenantId, r.id, ResourceChanged.TYPE,
                new ResourceChanged(r.id, r.locationId, r.name, r.kind.name(), r.active, serviceIds));
    }
}
