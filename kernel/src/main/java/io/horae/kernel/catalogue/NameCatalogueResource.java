package io.horae.kernel.catalogue;

import io.horae.kernel.tenant.TenantContext;
import io.horae.names.api.NameView;
import io.horae.names.api.Naming;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The HTTP face of a {@link NameCatalogue}, the same for every one: a subclass names the path ({@code @Path}) and
 * the catalogue. Define ({@code POST {name}}), list, read, rename ({@code PATCH {name}}: the objects follow), delete
 * (only while nothing carries the name: 409).
 */
public abstract class NameCatalogueResource {
    private final NameCatalogue catalogue;
    private final TenantContext tenant;
    private final String path;

    /** @param path where the subclass is served, for the {@code Location} of a new entry */
    protected NameCatalogueResource(NameCatalogue catalogue, TenantContext tenant, String path) {
        this.catalogue = catalogue;
        this.tenant = tenant;
        this.path = path;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull Naming naming) {
        return catalogue.define(tenant.id(), naming.name().strip()).map(e -> Response
                .created(URI.create(path + "/" + e.id())).entity(view(e)).build());
    }

    @GET
    public Uni<List<NameView>> list() {
        return catalogue.list(tenant.id()).map(all -> all.stream().map(NameCatalogueResource::view).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<NameView> get(@PathParam("id") UUID id) {
        return catalogue.find(tenant.id(), id).map(NameCatalogueResource::view);
    }

    @PATCH
    @Path("/{id}")
    public Uni<NameView> rename(@PathParam("id") UUID id, @Valid @NotNull Naming naming) {
        return catalogue.rename(tenant.id(), id, naming.name().strip()).map(NameCatalogueResource::view);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return catalogue.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }

    private static NameView view(NameCatalogue.Entry entry) {
        return new NameView(entry.id(), entry.name());
    }
}
