package io.horae.compat.carecloud;

import io.horae.claims.ProductReservationView;
import io.horae.compat.Uuids;
import io.horae.compat.VendorOperations;
import io.horae.compat.VendorRoutes;
import io.horae.compat.host.Dialect;
import io.horae.compat.host.Gate;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CareCloud's enterprise interface for product reservations (seed 000), on reservations-service's native
 * {@code /api/v1/product-reservations}: Basic auth with the API key as password, answers in {@code {"data": …}},
 * failures as HTTP codes with {@code {"error": {"code", "message"}}}.
 */
@ApplicationScoped
public class CareCloudRoutes {
    static final String PREFIX = "/rest-api/enterprise-interface/v1.0/";
    /** CareCloud's query parameters and the native ones they become. */
    private static final Map<String, String> FILTERS = Map.of("count", "count", "offset", "offset",
            "sort_direction", "sortDirection", "reservation_code", "reservationCode",
            "reservation_state", "state");
    private static final Map<String, String> SORT_FIELDS = Map.of("reservation_code", "reservation_code",
            "reservation_state", "state", "actual_state", "state", "last_change", "last_change",
            "pickup_date", "pickup_date", "created_at", "created_at");
    static final Dialect DIALECT = (context, status, field, message) -> {
        JsonObject error = new JsonObject().put("code", status).put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", error).encode());
    };

    private final NativeApi api;

    public CareCloudRoutes(NativeApi api) {
        this.api = api;
    }

    void install(@Observes Router router, Vertx vertx, Gate gate, VendorOperations operations) {
        VendorRoutes.mount(router, vertx, gate, PREFIX, DIALECT, routes -> {
            routes.post("/product-reservations").handler(this::create);
            routes.get("/product-reservations").handler(this::list);
            routes.get("/product-reservations/:id").handler(this::detail);
            routes.post("/product-reservations/:id/actions/cancel-reservation").handler(this::cancel);
        }, operations, "CareCloud");
    }

    private void create(RoutingContext context) {
        VendorRoutes.answer(context, 201, VendorRoutes.attempt(() -> {
            JsonObject body = VendorRoutes.body(context);
            JsonObject reservation = body.getJsonObject("product_reservation");
            if (reservation == null) {
                throw Refusal.badField("product_reservation", "is required");
            }
            NativeApi.Calls calls = api.of(context);
            // reservations-service checks the customer is the merchant's, on its own token
            return calls.productReservations().reserve(ProductReservationShape.toNative(reservation))
                    .recover(refused -> Future.failedFuture(ProductReservationShape.inVendorTerms(refused)))
                    .map(created -> data(new JsonObject().put("product_reservation_id", created.id().toString())));
        }), DIALECT);
    }

    private void list(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            Map<String, String> query = new LinkedHashMap<>();
            for (Map.Entry<String, String> filter : FILTERS.entrySet()) {
                String value = context.request().getParam(filter.getKey());
                if (value != null) {
                    query.put(filter.getValue(), value);
                }
            }
            String sortField = context.request().getParam("sort_field");
            if (sortField != null) {
                String field = SORT_FIELDS.get(sortField);
                if (field == null) {
                    throw Refusal.badField("sort_field", "must be one of " + String.join(", ", SORT_FIELDS.keySet()));
                }
                query.put("sortField", field);
            }
            for (String id : new String[] {"customer_id", "store_id"}) {
                String value = context.request().getParam(id);
                if (value != null && !Uuids.isUuid(value)) {
                    // an id that cannot exist matches nothing
                    return Future.succeededFuture(data(ProductReservationShape.page(
                            new ProductReservationView.Page(List.of(), 0))));
                }
                if (value != null) {
                    query.put(id.equals("customer_id") ? "customerId" : "storeId", value);
                }
            }
            return api.of(context).productReservations().search(query)
                    .map(page -> data(ProductReservationShape.page(page)));
        }), DIALECT);
    }

    private void detail(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> api.of(context).productReservations()
                .get(Uuids.existingId(context.pathParam("id"), "product reservation"))
                .map(reservation -> data(ProductReservationShape.of(reservation)))), DIALECT);
    }

    private void cancel(RoutingContext context) {
        VendorRoutes.answer(context, 204, VendorRoutes.attempt(() -> api.of(context).productReservations()
                .cancel(Uuids.existingId(context.pathParam("id"), "product reservation"))
                .map(cancelled -> null)), DIALECT);
    }

    private static JsonObject data(JsonObject content) {
        return new JsonObject().put("data", content);
    }
}
