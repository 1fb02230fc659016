package io.horae.compat.recras;

import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Map;

/**
 * Recras's {@code customer.company_id}, "used for the booking as well" (seed 003): kept on the booking as its custom
 * value {@code company_id}, a number, defined for the merchant the first time a Recras booking names a company. A
 * merchant who retired that definition has said not to keep it, and the booking is made without it.
 */
final class CompanyValue {
    static final String KEY = "company_id";
    private static final String DEFINITIONS = "/api/v1/custom-value-definitions";

    private CompanyValue() {
    }

    /** The booking's custom values for {@code companyId}: none without a company or with the definition retired. */
    static Future<Map<String, Object>> of(NativeApi.Calls calls, Long companyId) {
        if (companyId == null) {
            return Future.succeededFuture(null);
        }
        return calls.list(DEFINITIONS + "?scope=BOOKING").compose(all -> {
            JsonObject found = definition(all);
            if (found != null) {
                return Future.succeededFuture(found.getBoolean("active") ? Map.of(KEY, companyId) : null);
            }
            return calls.post(DEFINITIONS, new JsonObject().put("key", KEY).put("label", "Company (Recras)")
                            .put("type", "NUMBER").put("scope", "BOOKING"))
                    .recover(failure -> failure instanceof Refusal refusal && refusal.status() == 409
                            ? Future.succeededFuture() : Future.failedFuture(failure))  // defined meanwhile
                    .map(defined -> Map.of(KEY, companyId));
        });
    }

    private static JsonObject definition(JsonArray all) {
        return all.stream().map(JsonObject.class::cast).filter(d -> KEY.equals(d.getString("key"))).findFirst()
                .orElse(null);
    }
}
