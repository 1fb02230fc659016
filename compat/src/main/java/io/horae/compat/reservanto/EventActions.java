package io.horae.compat.reservanto;

import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Event group: Reservanto's other name for bookings (an event's code is the booking's reference). */
@ApplicationScoped
class EventActions implements ReservantoRoutes.ActionGroup {
    private static final String BOOKINGS = "/api/v1/bookings";

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Event/Get", r -> r.id("AppointmentId", "booking").compose(id -> r.calls().get(BOOKINGS + "/" + id))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Event", b)));
        registry.add("Event/GetByCode", EventActions::byCode);
        registry.add("Event/GetList", r -> LifecycleActions.page(r, "", "Events"));
        registry.add("Event/GetListByCustomer", r -> r.id("CustomerId", "customer").compose(customer ->
                LifecycleActions.page(r, "&customerId=" + customer, "Events")));
    }

    /** The booking whose reference is {@code Code}. */
    private static Future<JsonObject> byCode(ReservantoRequest r) {
        return r.calls().get(BOOKINGS + "?reference=" + URLEncoder.encode(r.text("Code"), StandardCharsets.UTF_8))
                .map(page -> {
                    JsonArray items = page.getJsonArray("items");
                    if (items == null || items.isEmpty()) {
                        throw new Refusal(404, "Code", "no event has the code " + r.text("Code"));
                    }
                    return items.getJsonObject(0);
                })
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Event", b));
    }
}
