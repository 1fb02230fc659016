package io.horae.customer.customvalue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.customer.api.CheckedCustomValues;
import io.horae.customer.api.CustomValueDefinitionView;
import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.CustomValuesCheck;
import io.horae.customer.api.NewCustomValueDefinition;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/custom-value-definitions")
public class CustomValueDefinitionResource {
    private final CustomValueDefinitionService definitions;
    private final TenantContext tenant;

    public CustomValueDefinitionResource(CustomValueDefinitionService definitions, TenantContext tenant) {
        this.definitions = definitions;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewCustomValueDefinition request) {
        return definitions.define(tenant.id(), request).map(d -> Response
                .created(URI.create("/api/v1/custom-value-definitions/" + d.id))
                .entity(CustomValueDefinitionService.view(d)).build());
    }

    /** The definitions, all or ({@code active}) only those in use or only those retired, of one scope or both. */
    @GET
    public Uni<List<CustomValueDefinitionView>> list(@QueryParam("active") Boolean active,
                                          @QueryParam("scope") CustomValueScope scope) {
        return definitions.list(tenant.id(), active, scope)
                .map(all -> all.stream().map(CustomValueDefinitionService::view).toList());
    }

    /**
     * Checks values against the definitions of their scope, as a customer's are checked when it is saved: 200 with the
     * values as they would be kept, 400 naming each bad one. Booking-service checks a booking's values here.
     */
    @POST
    @Path("/check")
    public Uni<CheckedCustomValues> check(@Valid @NotNull CustomValuesCheck check) {
        return definitions.check(tenant.id(), check.scope(), check.values()).map(CheckedCustomValues::new);
    }

    @GET
    @Path("/{id}")
    public Uni<CustomValueDefinitionView> get(@PathParam("id") UUID id) {
        return definitions.find(tenant.id(), id).map(CustomValueDefinitionService::view);
    }

    /** Changes label, allowed values or required (JSON merge patch); key and type stay. */
    @PATCH
    @Path("/{id}")
    public Uni<CustomValueDefinitionView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return definitions.change(tenant.id(), id, patch).map(CustomValueDefinitionService::view);
    }

    @POST
    @Path("/{id}/deactivation")
    public Uni<CustomValueDefinitionView> deactivate(@PathParam("id") UUID id) {
        return definitions.setActive(tenant.id(), id, false).map(CustomValueDefinitionService::view);
    }

    @POST
    @Path("/{id}/activation")
    public Uni<CustomValueDefinitionView> activate(@PathParam("id") UUID id) {
        return definitions.setActive(tenant.id(), id, true).map(CustomValueDefinitionService::view);
    }

    /** Deletes a definition no customer has a value of (409 otherwise: retire it instead). */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return definitions.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }
}
