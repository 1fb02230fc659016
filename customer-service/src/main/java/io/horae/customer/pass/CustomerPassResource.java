package io.horae.customer.pass;

import io.horae.customer.api.HeldPassView;
import io.horae.customer.api.PassAssignment;
import io.horae.customer.api.PassPause;
import io.horae.customer.api.PassReturns;
import io.horae.customer.api.PassUse;
import io.horae.customer.api.PassUseView;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Passes a customer holds (Reservanto PassToCustomer, Customer/TryUsePass, TryReturnPassUsage). */
@Path("/api/v1/customers/{customerId}/passes")
public class CustomerPassResource {
    private static HeldPassView view(CustomerPass p) {
        return new HeldPassView(p.id, p.passDefinitionId, p.entriesTotal, p.entriesLeft, p.validFrom, p.validUntil);
    }

    private final PassService passes;
    private final TenantContext tenant;

    public CustomerPassResource(PassService passes, TenantContext tenant) {
        this.passes = passes;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> assign(@PathParam("customerId") UUID customerId, @Valid @NotNull PassAssignment assignment) {
        return passes.assign(tenant.id(), customerId, assignment.passId(), assignment.validFrom())
                .map(p -> Response.created(URI.create("/api/v1/customers/" + customerId + "/passes/" + p.id))
                        .entity(view(p)).build());
    }

    @GET
    public Uni<List<HeldPassView>> held(@PathParam("customerId") UUID customerId) {
        return passes.held(tenant.id(), customerId).map(all -> all.stream().map(CustomerPassResource::view).toList());
    }

    @POST
    @Path("/{passId}/uses")
    public Uni<Response> use(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                             @Valid PassUse use) {
        return passes.use(tenant.id(), customerId, passId, use == null ? null : use.reference())
                .map(u -> Response.status(201).entity(new PassUseView(u.id, u.customerPassId, u.reference, u.usedAt))
                        .build());
    }

    @DELETE
    @Path("/{passId}/uses/{useId}")
    public Uni<HeldPassView> returnUse(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                                       @PathParam("useId") UUID useId) {
        return passes.returnUse(tenant.id(), customerId, passId, useId).map(CustomerPassResource::view);
    }

    /** Gives back the {@code count} entries taken last (all or, when fewer were taken, none: 409). */
    @POST
    @Path("/{passId}/returns")
    public Uni<HeldPassView> returnLastUses(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                                            @Valid @NotNull PassReturns returns) {
        return passes.returnLastUses(tenant.id(), customerId, passId, returns.count()).map(CustomerPassResource::view);
    }

    @POST
    @Path("/{passId}/intermissions")
    public Uni<HeldPassView> pause(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                                   @Valid @NotNull PassPause pause) {
        return passes.pause(tenant.id(), customerId, passId, pause.from(), pause.to()).map(CustomerPassResource::view);
    }
}
