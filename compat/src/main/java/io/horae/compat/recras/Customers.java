package io.horae.compat.recras;

import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.customer.api.CustomerView;
import io.horae.customer.api.NewCustomer;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.util.UUID;

/**
 * Recras names a booking's customer by e-mail: the tenant's customer with that address, brought up to date with the
 * name and phone the request gives, or a new one. Recras is a Dutch system, so a phone number without a country code
 * is read as a Dutch one.
 */
final class Customers {
    private static final String DUTCH = "NL";

    Future<UUID> findOrCreate(NativeApi.Calls calls, JsonObject customer) {
        String email = customer.getString("email");
        return calls.customers().withEmail(email).compose(found -> found.isEmpty() ? create(calls, customer)
                : update(calls, found.get(), customer));
    }

    /** The known customer with the name and phone the request gives (those it leaves out stay). */
    private static Future<UUID> update(NativeApi.Calls calls, CustomerView known, JsonObject customer) {
        UUID id = known.id();
        JsonObject changes = new JsonObject();
        given(customer, "first_name").ifPresent(v -> changes.put("firstName", v));
        given(customer, "last_name").ifPresent(v -> changes.put("lastName", v));
        given(customer, "phone_number").ifPresent(v -> changes.put("phone", v).put("phoneRegion", DUTCH));
        return changes.isEmpty() ? Future.succeededFuture(id)
                : calls.customers().change(id, changes).map(changed -> id);
    }

    private static java.util.Optional<String> given(JsonObject customer, String field) {
        String value = customer.getString(field);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }

    private static Future<UUID> create(NativeApi.Calls calls, JsonObject customer) {
        for (String name : new String[] {"first_name", "last_name"}) {
            String value = customer.getString(name);
            if (value == null || value.isBlank()) {
                throw Refusal.badField("customer." + name, "is required for a customer not known yet");
            }
        }
        return calls.customers().register(new NewCustomer(customer.getString("first_name"),
                        customer.getString("last_name"), customer.getString("email"),
                        customer.getString("phone_number"), null, null, null, null, null, DUTCH))
                .map(CustomerView::id);
    }
}
