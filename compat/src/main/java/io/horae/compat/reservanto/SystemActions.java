package io.horae.compat.reservanto;

import io.horae.compat.host.Tenancy;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Test/Echo, Authorize/GetShortTimeToken and Merchant/GetInfo: the hosting gateway answers these itself. */
@ApplicationScoped
class SystemActions implements ReservantoRoutes.ActionGroup {
    private final Tenancy tenancy;

    SystemActions(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Test/Echo", SystemActions::echo);
        registry.add("Authorize/GetShortTimeToken", this::shortTimeToken);
        registry.add("Merchant/GetInfo", this::merchant);
    }

    /** Answers the request's own fields back with the server's time: the API is there and the key works. */
    private static Future<JsonObject> echo(ReservantoRequest request) {
        return Future.succeededFuture(request.body().copy().put("TimeStamp", Instant.now().getEpochSecond()));
    }

    /** A token valid 30 minutes, to send as {@code Authorization: Bearer} instead of the long-lived key. */
    private Future<JsonObject> shortTimeToken(ReservantoRequest request) {
        if (request.calls().caller().isShortTimeToken()) {
            return Future.failedFuture(new Refusal(403, null, "a short-time token cannot issue another; use the key"));
        }
        return tenancy.shortTimeToken(request.calls().caller()).map(token -> new JsonObject()
                .put("ShortTimeToken", token.secret())
                .put("ValidTo", token.expiresAt().getEpochSecond()));
    }

    private Future<JsonObject> merchant(ReservantoRequest request) {
        String tenant = request.calls().tenant();
        return tenancy.tenantName(tenant).map(name -> new JsonObject().put("Merchant", new JsonObject()
                .put("MerchantId", tenant)
                .put("Name", name.orElse(tenant))));
    }
}
