package io.horae.compat.reservanto;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer's account and login, and custom values of customers and bookings (customer-service defines them). */
@ApplicationScoped
class AccountActions implements ReservantoRoutes.ActionGroup {
    private static final String CUSTOMERS = "/api/v1/customers/";

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        // invited: the customer is e-mailed a link that sets the password
        registry.add("Customer/CreateAccount", r -> account(r, null));
        registry.add("Customer/CreateAccountWithPassword", r -> account(r, r.text("Password")));
        registry.add("Customer/DeleteAccount", r -> customer(r)
                .compose(id -> r.calls().delete(CUSTOMERS + id + "/account")).map(done -> new JsonObject()));
        registry.add("Customer/Login", r -> customer(r)
                .compose(id -> r.calls().post(CUSTOMERS + id + "/login-tokens", null))
                .map(token -> new JsonObject().put("Token", token.getString("token"))
                        .put("ValidTo", OffsetDateTime.parse(token.getString("expiresAt")).toEpochSecond())));
        // the keys of CustomValues are the merchant's own: they stay as given
        registry.add("Customer/EditCustomValues", r -> customer(r)
                .compose(id -> r.calls().patch(CUSTOMERS + id, new JsonObject().put("customValues", r.object("CustomValues"))))
                .compose(c -> r.shape(c, "customer")).map(c -> ReservantoRequest.answer("Customer", c)));
        registry.add("CustomValue/GetCustomerDefinitions", r -> definitions(r, "CUSTOMER"));
        registry.add("CustomValue/GetEventDefinitions", r -> definitions(r, "BOOKING"));
    }

    private static Future<JsonObject> account(ReservantoRequest r, String password) {
        JsonObject body = password == null ? null : new JsonObject().put("password", password);
        return customer(r).compose(id -> r.calls().post(CUSTOMERS + id + "/account", body))
                .map(account -> new JsonObject().put("Status", account.getString("status")));
    }

    /** The definitions in use of customers' or bookings' ({@code scope}) custom values. */
    private static Future<JsonObject> definitions(ReservantoRequest r, String scope) {
        return r.calls().list("/api/v1/custom-value-definitions?active=true&scope=" + scope)
                .compose(all -> r.shapeAll(all, "custom-value-definition"))
                .map(all -> ReservantoRequest.answer("CustomValueDefinitions", all));
    }

    private static Future<UUID> customer(ReservantoRequest r) {
        return r.id("CustomerId", "customer");
    }
}
