package io.horae.availability.resource;

import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
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
public class ResourceResource {
    public record NewResource(@NotBlank @Size(max = 200) String name, @NotNull UUID locationId,
                              @NotNull Resource.Kind kind, @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags) {
    }

    public record Offer(@NotNull @Size(max = 500) List<@NotNull UUID> serviceIds) {
    }

    public record ResourceView(UUID id, String name, UUID locationId, Resource.Kind kind, List<String> tags,
                               boolean active) {
        static ResourceView of(Resource r) {
            return new ResourceView(r.id, r.name, r.locationId, r.kind, List.of(r.tags), r.active);
        }
    }

    private final ResourceCatalog catalog;
    private final TenantContext tenant;

    public ResourceResource(ResourceCatalog catalog, TenantContext tenant) {
        this.catalog = catalog;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> add(@Valid @NotNull NewResource request) {
        return catalog.add(tenant.id(), request).map(r -> Response.created(URI.create("/api/v1/resources/" + r.id))
                .entity(ResourceView.of(r)).build());
    }

    @GET
    public Uni<List<ResourceView>> list(@QueryParam("locationId") UUID locationId) {
        return catalog.list(tenant.id(), locationId).map(all -> all.stream().map(ResourceView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ResourceView> get(@PathParam("id") UUID id) {
        return catalog.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", id))
                .map(ResourceView::of);
    }

    /** Replaces the services the resource offers. */
    @PUT
    @Path("/{id}/services")
    public Uni<Offer> offer(@PathParam("id") UUID id, @Valid @NotNull Offer offer) {
        return catalog.offer(tenant.id(), id, offer.serviceIds()).map(Offer::new);
    }

    @GET
    @Path("/{id}/services")
    public Uni<Offer> offered(@PathParam("id") UUID id) {
        return catalog.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resource", id))
                .chain(r -> catalog.offered(r.id)).map(Offer::new);
    }
}
