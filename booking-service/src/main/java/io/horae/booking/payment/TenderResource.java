package io.horae.booking.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The merchant's payment methods (cash, card, transfer, …): what a payment the merchant took itself says it came by
 * ({@code paymentMethodId} of an EXTERNAL payment). Reservanto PaymentMethod/GetList.
 */
@Path("/api/v1/payment-methods")
public class TenderResource {
    public record NewTender(@NotBlank @Size(max = 100) String name) {
    }

    /** {@code active}: false once retired (named by the payments taken with it, offered for no new one). */
    public record TenderView(UUID id, String name, boolean active) {
        static TenderView of(Tender t) {
            return new TenderView(t.id, t.name, t.active);
        }
    }

    private final Tenders tenders;
    private final TenantContext tenant;

    public TenderResource(Tenders tenders, TenantContext tenant) {
        this.tenders = tenders;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewTender request) {
        return tenders.define(tenant.id(), request).map(t -> Response
                .created(URI.create("/api/v1/payment-methods/" + t.id)).entity(TenderView.of(t)).build());
    }

    @GET
    public Uni<List<TenderView>> list(@QueryParam("active") Boolean active) {
        return tenders.list(tenant.id(), active).map(all -> all.stream().map(TenderView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<TenderView> get(@PathParam("id") UUID id) {
        return tenders.find(tenant.id(), id).map(TenderView::of);
    }

    @PATCH
    @Path("/{id}")
    public Uni<TenderView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return tenders.change(tenant.id(), id, patch).map(TenderView::of);
    }

    @POST
    @Path("/{id}/deactivation")
    public Uni<TenderView> deactivate(@PathParam("id") UUID id) {
        return tenders.setActive(tenant.id(), id, false).map(TenderView::of);
    }

    @POST
    @Path("/{id}/activation")
    public Uni<TenderView> activate(@PathParam("id") UUID id) {
        return tenders.setActive(tenant.id(), id, true).map(TenderView::of);
    }

    /** Deletes a payment method no payment names (409 otherwise: retire it instead). */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tenders.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }
}
