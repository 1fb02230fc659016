package io.horae.compat.nativeapi;

import io.horae.claims.ProductReservationView;
import io.horae.claims.ProductView;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * reservations-service's products and product reservations for one caller, answered in claims-api's
 * {@link ProductView} and {@link ProductReservationView}.
 * A new one goes as the JSON a vendor's values make of it, so that the native validation names a bad value's field
 * (an id that is not one, say), which a typed request could not carry.
 */
public final class ProductReservations {
    private static final String RESERVATIONS = "/api/v1/product-reservations";

    private final NativeApi.Calls calls;

    ProductReservations(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /** The products the merchant sells, retired ones too. */
    public Future<List<ProductView>> products() {
        return calls.sendForList(HttpMethod.GET, "/api/v1/products", null, ProductView.class);
    }

    public Future<ProductReservationView> reserve(JsonObject request) {
        return calls.send(HttpMethod.POST, RESERVATIONS, request, ProductReservationView.class);
    }

    public Future<ProductReservationView> get(UUID id) {
        return calls.send(HttpMethod.GET, RESERVATIONS + "/" + id, null, ProductReservationView.class);
    }

    /** The reservations the native query {@code parameters} select (by the native API's parameter names). */
    public Future<ProductReservationView.Page> search(Map<String, String> parameters) {
        String query = parameters.entrySet().stream().map(p -> p.getKey() + "="
                + NativeApi.encoded(p.getValue())).collect(Collectors.joining("&"));
        return calls.send(HttpMethod.GET, RESERVATIONS + (query.isEmpty() ? "" : "?" + query), null,
                ProductReservationView.Page.class);
    }

    public Future<ProductReservationView> cancel(UUID id) {
        return calls.send(HttpMethod.POST, RESERVATIONS + "/" + id + "/cancellation", null,
                ProductReservationView.class);
    }
}
