package io.horae.reservations.productreservation;

import io.horae.claims.ProductReservationView;
import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.reservations.customer.KnownCustomers;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Product reservations for pickup (CareCloud product-reservations), in Horae's native shape. */
@Path("/api/v1/product-reservations")
public class ProductReservationResource {
    private static final Map<String, String> SORTABLE = Map.of("created_at", "createdAt", "last_change", "lastChange",
            "reservation_code", "reservationCode", "state", "state", "pickup_date", "pickupDate");

    public record StateRequest(@NotNull @Min(0) @Max(8) Integer state) {
    }

    static ProductReservationView view(ProductReservations.Whole w) {
        ProductReservation r = w.reservation();
        return new ProductReservationView(r.id, r.customerId, r.storeId, r.sourceId, r.reservationCode,
                w.codes().stream().map(c -> new ProductReservationView.ExternalCode(c.externalCodeTypeId, c.value))
                        .toList(),
                r.pickupDate, r.customersNote, List.of(r.comments), List.of(r.benefitCodes), r.totalPrice, r.currency,
                w.items().stream().map(i -> new ProductReservationView.Item(i.productId, i.amount, i.unitPrice,
                        i.vatRate)).toList(),
                r.state, w.states().stream().map(s -> new ProductReservationView.StateChange(s.state, s.changedAt))
                        .toList(),
                r.lastChange, r.createdAt);
    }

    private final ProductReservations reservations;
    private final KnownCustomers customers;
    private final Idempotency idempotency;
    private final TenantContext tenant;

    public ProductReservationResource(ProductReservations reservations, KnownCustomers customers,
                                      Idempotency idempotency, TenantContext tenant) {
        this.reservations = reservations;
        this.customers = customers;
        this.idempotency = idempotency;
        this.tenant = tenant;
    }

    /** Reserves for one of the merchant's customers (customer-service is asked first; 400 naming customerId if not). */
    @POST
    public Uni<Response> reserve(@Valid @NotNull NewProductReservation request,
                                 @HeaderParam(Idempotency.HEADER) String key) {
        String tenantId = tenant.id();
        return idempotency.once(tenantId, key, request, () -> customers.require(tenantId, request.customerId())
                .chain(() -> reservations.reserve(tenantId, request))
                .map(w -> Response.created(URI.create("/api/v1/product-reservations/" + w.reservation().id))
                        .entity(view(w)).build()));
    }

    @GET
    @Path("/{id}")
    public Uni<ProductReservationView> get(@PathParam("id") UUID id) {
        return reservations.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product reservation", id))
                .map(ProductReservationResource::view);
    }

    /** Filters as CareCloud has them; {@code count} (default 100) from {@code offset}, sorted, with the total. */
    @GET
    public Uni<ProductReservationView.Page> search(@QueryParam("reservationCode") Long reservationCode,
                            @QueryParam("customerId") UUID customerId, @QueryParam("storeId") UUID storeId,
                            @QueryParam("state") @Min(0) @Max(8) Integer state,
                            @QueryParam("count") @DefaultValue("100") @Min(1) @Max(1000) int count,
                            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                            @QueryParam("sortField") @DefaultValue("created_at") String sortField,
                            @QueryParam("sortDirection") @DefaultValue("ASC") String sortDirection) {
        String field = SORTABLE.get(sortField);
        if (field == null) {
            throw ProblemException.badField("sortField", "must be one of " + String.join(", ", SORTABLE.keySet()));
        }
        if (!sortDirection.equalsIgnoreCase("ASC") && !sortDirection.equalsIgnoreCase("DESC")) {
            throw ProblemException.badField("sortDirection", "must be ASC or DESC");
        }
        Sort sort = Sort.by(field, sortDirection.equalsIgnoreCase("DESC") ? Sort.Direction.Descending
                : Sort.Direction.Ascending).and("id");
        return reservations.search(tenant.id(), reservationCode, customerId, storeId, state, sort, offset, count)
                .map(found -> new ProductReservationView.Page(
                        found.items().stream().map(ProductReservationResource::view).toList(),
                        found.totalItems()));
    }

    /** Cancels the reservation and returns its stock (CareCloud actions/cancel-reservation). */
    @POST
    @Path("/{id}/cancellation")
    public Uni<ProductReservationView> cancel(@PathParam("id") UUID id) {
        return reservations.change(tenant.id(), id, PickupState.CANCELLED).map(ProductReservationResource::view);
    }

    @POST
    @Path("/{id}/state")
    public Uni<ProductReservationView> change(@PathParam("id") UUID id, @Valid @NotNull StateRequest request) {
        return reservations.change(tenant.id(), id, PickupState.of(request.state())).map(ProductReservationResource::view);
    }
}
