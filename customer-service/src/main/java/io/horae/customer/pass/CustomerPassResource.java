package io.horae.customer.pass;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Passes a customer holds (Reservanto PassToCustomer, Customer/TryUsePass, TryReturnPassUsage). */
@Path("/api/v1/customers/{customerId}/passes")
public class CustomerPassResource {
    public record Assignment(@NotNull UUID passId, LocalDate validFrom) {
    }

    public record Use(@Size(max = 200) String reference) {
    }

    public record Pause(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record HeldPassView(UUID id, UUID passId, int entriesTotal, int entriesLeft, LocalDate validFrom,
                               LocalDate validUntil) {
        static HeldPassView of(CustomerPass p) {
            return new HeldPassView(p.id, p.passDefinitionId, p.entriesTotal, p.entriesLeft, p.validFrom, p.validUntil);
        }
    }

    public record Returns(@NotNull @Min(1) @Max(1000) Integer count) {
    }

    public record UseView(UUID id, UUID customerPassId, String reference, OffsetDateTime usedAt) {
    }

    private final PassService passes;
    private final TenantContext tenant;

    public CustomerPassResource(PassService passes, TenantContext tenant) {
        this.passes = passes;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> assign(@PathParam("customerId") UUID customerId, @Valid @NotNull Assignment assignment) {
        return passes.assign(tenant.id(), customerId, assignment.passId(), assignment.validFrom())
                .map(p -> Response.created(URI.create("/api/v1/customers/" + customerId + "/passes/" + p.id))
                        .entity(HeldPassView.of(p)).build());
    }

    @GET
    public Uni<List<HeldPassView>> held(@PathParam("customerId") UUID customerId) {
        return passes.held(tenant.id(), customerId).map(all -> all.stream().map(HeldPassView::of).toList());
    }

    @POST
    @Path("/{passId}/uses")
    public Uni<Response> use(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                             @Valid Use use) {
        return passes.use(tenant.id(), customerId, passId, use == null ? null : use.reference())
                .map(u -> Response.status(201).entity(new UseView(u.id, u.customerPassId, u.reference, u.usedAt))
                        .build());
    }

    @DELETE
    @Path("/{passId}/uses/{useId}")
    public Uni<HeldPassView> returnUse(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                                       @PathParam("useId") UUID useId) {
        return passes.returnUse(tenant.id(), customerId, passId, useId).map(HeldPassView::of);
    }

    /** Gives back the {@code count} entries taken last (all or, when fewer were taken, none: 409). */
    @POST
    @Path("/{passId}/returns")
    public Uni<HeldPassView> returnLastUses(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                                            @Valid @NotNull Returns returns) {
        return passes.returnLastUses(tenant.id(), customerId, passId, returns.count()).map(HeldPassView::of);
    }

    @POST
    @Path("/{passId}/intermissions")
    public Uni<HeldPassView> pause(@PathParam("customerId") UUID customerId, @PathParam("passId") UUID passId,
                                   @Valid @NotNull Pause pause) {
        return passes.pause(tenant.id(), customerId, passId, pause.from(), pause.to()).map(HeldPassView::of);
    }
}
