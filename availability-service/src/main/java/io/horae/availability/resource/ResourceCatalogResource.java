package io.horae.availability.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.catalogue.api.ResourceKind;
import io.horae.catalogue.api.ResourceView;
import io.horae.catalogue.api.ServiceOffer;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/resources")
public class ResourceCatalogResource {
    public record NewResource(@NotBlank @Size(max = 200) String name, @NotNull UUID locationId,
                              @NotNull ResourceKind kind, @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags) {
        /** The resource as the request that would add it as it is now: what a patch is applied to. */
        static NewResource of(Resource r) {
            return new NewResource(r.name, r.locationId, r.kind, List.of(r.tags));
        }
    }

    /** The resource after it was retired or put in use again, and the future bookings on it. */
    public record RetirementView(ResourceView resource, List<AffectedBooking> affectedBookings) {
    }


    static ResourceView view(Resource r) {
        return new ResourceView(r.id, r.name, r.locationId, r.kind, List.of(r.tags), r.active);
    }

    private final ResourceCatalog catalog;
    private final TenantContext tenant;

    public ResourceCatalogResource(ResourceCatalog catalog, TenantContext tenant) {
        this.catalog = catalog;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> add(@Valid @NotNull NewResource request) {
        return catalog.add(tenant.id(), request).map(r -> Response.created(URI.create("/api/v1/resources/" + r.id))
                .entity(view(r)).build());
    }

    /** The resources, at one location or all, all or ({@code active}) only those in use or only those retired. */
    @GET
    public Uni<List<ResourceView>> list(@QueryParam("locationId") UUID locationId, @QueryParam("active") Boolean active) {
        return catalog.list(tenant.id(), locationId, active)
                .map(all -> all.stream().map(ResourceCatalogResource::view).toList());
    }

    /** Changes name, location, kind or tags by JSON merge patch (RFC 7386), checked as a new resource is. */
    @PATCH
    @Path("/{id}")
    public Uni<ResourceView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return catalog.change(tenant.id(), id, patch).map(ResourceCatalogResource::view);
    }

    /**
     * Retires the resource: no new booking on it, those made stay. The answer lists its future bookings (and holds)
     * for the merchant to move or cancel.
     */
    @POST
    @Path("/{id}/deactivation")
    public Uni<RetirementView> deactivate(@PathParam("id") UUID id) {
        return catalog.setActive(tenant.id(), id, false)
                .map(r -> new RetirementView(view(r.resource()), r.affected()));
    }

    /** Puts a retired resource in use again. */
    @POST
    @Path("/{id}/activation")
    public Uni<ResourceView> activate(@PathParam("id") UUID id) {
        return catalog.setActive(tenant.id(), id, true).map(r -> view(r.resource()));
    }

    /** Deletes a resource nothing has used, with its hours and time off; 409 naming what uses it otherwise. */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return catalog.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }

    @GET
    @Path("/{id}")
    public Uni<ResourceView> get(@PathParam("id") UUID id) {
        return catalog.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", id))
                .map(ResourceCatalogResource::view);
    }

    /** Replaces the services the resource offers. */
    @PUT
    @Path("/{id}/services")
    public Uni<ServiceOffer> offer(@PathParam("id") UUID id, @Valid @NotNull ServiceOffer offer) {
        return catalog.offer(tenant.id(), id, offer.serviceIds()).map(ServiceOffer::new);
    }

    @GET
    @Path("/{id}/services")
    public Uni<ServiceOffer> offered(@PathParam("id") UUID id) {
        return catalog.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", id))
                .chain(r -> catalog.offered(r.id)).map(ServiceOffer::new);
    }
}
