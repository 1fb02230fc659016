package io.horae.compat.nativeapi;

import io.horae.customer.api.CustomerPage;
import io.horae.customer.api.CustomerView;
import io.horae.customer.api.NewCustomer;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * customer-service's customers for one caller, in customer-api's types, which customer-service answers and takes.
 * A change is a JSON merge patch (RFC 7396) of the customer, as the native API takes it.
 */
public final class Customers {
    private static final String CUSTOMERS = "/api/v1/customers";

    private final NativeApi.Calls calls;

    Customers(NativeApi.Calls calls) {
        this.calls = calls;
    }

    public Future<CustomerView> get(UUID id) {
        return calls.send(HttpMethod.GET, CUSTOMERS + "/" + id, null, CustomerView.class);
    }

    public Future<CustomerView> register(NewCustomer customer) {
        return calls.send(HttpMethod.POST, CUSTOMERS, customer, CustomerView.class);
    }

    /** Applies {@code patch}, a JSON merge patch of the customer's fields. */
    public Future<CustomerView> change(UUID id, JsonObject patch) {
        return calls.send(HttpMethod.PATCH, CUSTOMERS + "/" + id, patch, CustomerView.class);
    }

    /** The customer with this e-mail address, if the merchant has one. */
    public Future<Optional<CustomerView>> withEmail(String email) {
        return first("email", email);
    }

    /** The customer with this personal identifier, if the merchant has one. */
    public Future<Optional<CustomerView>> withPersonalIdentifier(String identifier) {
        return first("personalIdentifier", identifier);
    }

    /** One page of the customers, by registration, of those registered since {@code since} if given. */
    public Future<CustomerPage> page(Instant since, int offset, int limit) {
        return calls.send(HttpMethod.GET, CUSTOMERS + "?offset=" + offset + "&limit=" + limit
                + (since == null ? "" : "&registeredSince=" + since), null, CustomerPage.class);
    }

    /** At most {@code limit} customers matching every word of {@code query} in their names, e-mail or phone. */
    public Future<List<CustomerView>> search(String query, int limit) {
        return calls.sendForList(HttpMethod.GET, CUSTOMERS + "/search?limit=" + limit + "&q=" + NativeApi.encoded(query), null,
                CustomerView.class);
    }

    private Future<Optional<CustomerView>> first(String field, String value) {
        return calls.send(HttpMethod.GET, CUSTOMERS + "?limit=1&" + field + "=" + NativeApi.encoded(value), null,
                CustomerPage.class).map(page -> page.items().stream().findFirst());
    }
}
