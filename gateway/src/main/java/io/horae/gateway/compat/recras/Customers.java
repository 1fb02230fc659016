package io.horae.gateway.compat.recras;

import io.horae.gateway.compat.NativeApi;
import io.horae.gateway.compat.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Recras names a booking's customer by e-mail: the tenant's customer with that address, or a new one. Recras is a
 * Dutch system, so a phone number without a country code is read as a Dutch one.
 */
final class Customers {
    private static final String DUTCH = "NL";

    Future<UUID> findOrCreate(NativeApi.Calls calls, JsonObject customer) {
        String email = customer.getString("email");
        return calls.get("/api/v1/customers?limit=1&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .compose(found -> found.getJsonArray("items").isEmpty() ? create(calls, customer)
                        : Future.succeededFuture(UUID.fromString(found.getJsonArray("items").getJsonObject(0)
                        .getString("id"))));
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
