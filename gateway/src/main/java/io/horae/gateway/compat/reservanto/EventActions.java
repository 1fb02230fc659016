package io.horae.gateway.compat.reservanto;

import io.horae.gateway.compat.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Event group: Reservanto's other name for bookings (an event's code is the booking's reference), and the
 * webhooks that tell a receiver what happened to them.
 */
@ApplicationScoped
class EventActions implements ReservantoRoutes.ActionGroup {
    private static final String BOOKINGS = "/api/v1/bookings";
    private static final String WEBHOOKS = "/api/v1/webhooks";
    /** What an event webhook is told of: every event of booking-service's {@code booking} family. */
    static final List<String> EVENT_TYPES = List.of("booking.created.v1", "booking.confirmed.v1",
            "booking.rescheduled.v1", "booking.rejected.v1", "booking.cancelled.v1", "booking.closed.v1");

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Event/Get", r -> r.id("EventId", "booking").compose(id -> r.calls().get(BOOKINGS + "/" + id))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Event", b)));
        registry.add("Event/GetByCode", EventActions::byCode);
        registry.add("Event/GetList", r -> LifecycleActions.page(r, "", "Events"));
        registry.add("Event/GetListByCustomer", r -> r.id("CustomerId", "customer").compose(customer ->
                LifecycleActions.page(r, "&customerId=" + customer, "Events")));
        registry.add("Event/WebHook/Create", r -> r.calls().post(WEBHOOKS, new JsonObject()
                        .put("url", r.text("Url")).put("eventTypes", new JsonArray(EVENT_TYPES)))
                .compose(created -> r.numberOf("webhook", created.getString("id")).map(id -> new JsonObject()
                        .put("WebHookId", id).put("Secret", created.getString("secret")))));
        registry.add("Event/WebHook/Delete", r -> r.id("WebHookId", "webhook")
                .compose(id -> r.calls().delete(WEBHOOKS + "/" + id)).map(done -> new JsonObject()));
        registry.add("Event/WebHook/GetList", r -> r.calls().list(WEBHOOKS)
                .map(all -> new JsonArray(all.stream().map(JsonObject.class::cast)
                        .filter(w -> w.getValue("endedAt") == null)
                        .filter(w -> w.getJsonArray("eventTypes").stream().anyMatch(EVENT_TYPES::contains))
                        .map(w -> (Object) w).toList()))
                .compose(all -> r.shapeAll(all, "webhook")).map(all -> ReservantoRequest.answer("WebHooks", all)));
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
