package io.horae.compat.reservanto;

import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.NewAccount;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** A customer's account and login, and custom values of customers and bookings (customer-service defines them). */
@ApplicationScoped
class AccountActions implements ReservantoRoutes.ActionGroup {
    @Override
    public void register(ReservantoRoutes.Registry registry) {
        // invited: the customer is e-mailed a link that sets the password
        registry.add("Customer/CreateAccount", r -> account(r, null));
        registry.add("Customer/CreateAccountWithPassword", r -> account(r, r.text("Password")));
        registry.add("Customer/DeleteAccount", r -> customer(r)
                .compose(id -> r.calls().accounts().close(id)).map(done -> new JsonObject()));
        registry.add("Customer/Login", r -> customer(r)
                .compose(id -> r.calls().accounts().issueToken(id))
                .map(token -> new JsonObject().put("Token", token.token())
                        .put("ValidTo", token.expiresAt().toEpochSecond())));
        // the keys of CustomValues are the merchant's own: they stay as given
        registry.add("Customer/EditCustomValues", r -> customer(r)
                .compose(id -> r.calls().customers().change(id, new JsonObject()
                        .put("customValues", r.object("CustomValues"))))
                .compose(c -> r.shape(c, "customer")).map(c -> ReservantoRequest.answer("Customer", c)));
        registry.add("CustomValue/GetCustomerDefinitions", r -> definitions(r, CustomValueScope.CUSTOMER));
        registry.add("CustomValue/GetEventDefinitions", r -> definitions(r, CustomValueScope.BOOKING));
    }

    private static Future<JsonObject> account(ReservantoRequest r, String password) {
        return customer(r).compose(id -> r.calls().accounts().open(id, new NewAccount(password)))
                .map(account -> new JsonObject().put("Status", account.status().name()));
    }

    /** The definitions in use of customers' or bookings' ({@code scope}) custom values. */
    private static Future<JsonObject> definitions(ReservantoRequest r, CustomValueScope scope) {
        return r.calls().customValueDefinitions().of(scope, true)
                .compose(all -> r.shapeAll(all, "custom-value-definition"))
                .map(all -> ReservantoRequest.answer("CustomValueDefinitions", all));
    }

    private static Future<UUID> customer(ReservantoRequest r) {
        return r.id("CustomerId", "customer");
    }
}
