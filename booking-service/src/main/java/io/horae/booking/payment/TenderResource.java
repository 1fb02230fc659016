package io.horae.booking.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.booking.api.PaymentMethodView;
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

    private final Tenders tenders;
    private final TenantContext tenant;

    public TenderResource(Tenders tenders, TenantContext tenant) {
        this.tenders = tenders;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewTender request) {
        return tenders.define(tenant.id(), request).map(t -> Response
                .created(URI.create("/api/v1/payment-methods/" + t.id)).entity(view(t)).build());
    }

    @GET
    public Uni<List<PaymentMethodView>> list(@QueryParam("active") Boolean active) {
        return tenders.list(tenant.id(), active).map(all -> all.stream().map(TenderResource::view).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<PaymentMethodView> get(@PathParam("id") UUID id) {
        return tenders.find(tenant.id(), id).map(TenderResource::view);
    }

    @PATCH
    @Path("/{id}")
    public Uni<PaymentMethodView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return tenders.change(tenant.id(), id, patch).map(TenderResource::view);
    }

    @POST
    @Path("/{id}/deactivation")
    public Uni<PaymentMethodView> deactivate(@PathParam("id") UUID id) {
        return tenders.setActive(tenant.id(), id, false).map(TenderResource::view);
    }

    @POST
    @Path("/{id}/activation")
    public Uni<PaymentMethodView> activate(@PathParam("id") UUID id) {
        return tenders.setActive(tenant.id(), id, true).map(TenderResource::view);
    }

    /** Deletes a payment method no payment names (409 otherwise: retire it instead). */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tenders.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }

    private static PaymentMethodView view(Tender t) {
        return new PaymentMethodView(t.id, t.name, t.active);
    }
}
