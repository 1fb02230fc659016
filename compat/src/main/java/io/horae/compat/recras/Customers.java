package io.horae.compat.recras;

import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        return calls.get("/api/v1/customers?limit=1&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .compose(found -> found.getJsonArray("items").isEmpty() ? create(calls, customer)
                        : update(calls, found.getJsonArray("items").getJsonObject(0), customer));
    }

    /** The known customer with the name and phone the request gives (those it leaves out stay). */
    private static Future<UUID> update(NativeApi.Calls calls, JsonObject known, JsonObject customer) {
        UUID id = UUID.fromString(known.getString("id"));
        JsonObject changes = new JsonObject();
        given(customer, "first_name").ifPresent(v -> changes.put("firstName", v));
        given(customer, "last_name").ifPresent(v -> changes.put("lastName", v));
        given(customer, "phone_number").ifPresent(v -> changes.put("phone", v).put("phoneRegion", DUTCH));
        return changes.isEmpty() ? Future.succeededFuture(id)
                : calls.patch("/api/v1/customers/" + id, changes).map(changed -> id);
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
        return calls.post("/api/v1/customers", new JsonObject()
                        .put("firstName", customer.getString("first_name"))
                        .put("lastName", customer.getString("last_name"))
                        .put("email", customer.getString("email"))
                        .put("phone", customer.getString("phone_number"))
                        .put("phoneRegion", DUTCH))
                .map(created -> UUID.fromString(created.getString("id")));
    }
}
