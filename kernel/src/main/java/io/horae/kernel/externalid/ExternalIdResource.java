package io.horae.kernel.externalid;

import io.horae.kernel.tenant.TenantContext;
import io.horae.names.api.ExternalIdValue;
import io.horae.names.api.ExternalIdView;
import io.horae.names.api.NewExternalId;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The HTTP face of {@link ExternalIds}, the same for every kind: a subclass names the path
 * ({@code /api/v1/external-ids/<kind>}) and the identifiers. Add ({@code POST {objectId, value}}), find
 * ({@code ?value=} or {@code ?objectId=}), read, change the value ({@code PATCH {value}}), remove.
 */
public abstract class ExternalIdResource {
    private final ExternalIds ids;
    private final TenantContext tenant;
    private final String path;

    protected ExternalIdResource(ExternalIds ids, TenantContext tenant, String path) {
        this.ids = ids;
        this.tenant = tenant;
        this.path = path;
    }

    @POST
    public Uni<Response> add(@Valid @NotNull NewExternalId request) {
        return ids.add(tenant.id(), request.objectId(), request.value().strip())
                .map(e -> Response.created(URI.create(path + "/" + e.id())).entity(e).build());
    }

    @GET
    public Uni<List<ExternalIdView>> find(@QueryParam("value") @Size(max = 200) String value,
                                                  @QueryParam("objectId") UUID objectId) {
        return ids.find(tenant.id(), value == null ? null : value.strip(), objectId);
    }

    @GET
    @Path("/{id}")
    public Uni<ExternalIdView> get(@PathParam("id") UUID id) {
        return ids.get(tenant.id(), id);
    }

    @PATCH
    @Path("/{id}")
    public Uni<ExternalIdView> change(@PathParam("id") UUID id, @Valid @NotNull ExternalIdValue revalue) {
        return ids.change(tenant.id(), id, revalue.value().strip());
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return ids.remove(tenant.id(), id).map(done -> Response.noContent().build());
    }
}
