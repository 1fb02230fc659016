package io.horae.compat.reservanto;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * {@code <Group>/WebHook/Create|Delete|GetList} of the Event, Customer and FreeTime groups: native webhook
 * subscriptions to the event types of the group's family. A group lists only its own subscriptions.
 */
@ApplicationScoped
class WebhookActions implements ReservantoRoutes.ActionGroup {
    private static final String WEBHOOKS = "/api/v1/webhooks";
    /** What each group's webhooks are told of. */
    static final Map<String, List<String>> FAMILIES = Map.of(
            "Event", List.of("booking.created.v1", "booking.confirmed.v1", "booking.rescheduled.v1",
                    "booking.rejected.v1", "booking.cancelled.v1", "booking.closed.v1"),
            "Customer", List.of("customer.created.v1", "customer.updated.v1", "customer.erased.v1"),
            "FreeTime", List.of("catalog.free_time_changed.v1"));

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        FAMILIES.forEach((group, types) -> {
            registry.add(group + "/WebHook/Create", r -> r.calls().post(WEBHOOKS, new JsonObject()
                            .put("url", r.text("Url")).put("eventTypes", new JsonArray(types)))
                    .compose(created -> r.numberOf("webhook", created.getString("id")).map(id -> new JsonObject()
                            .put("WebHookId", id).put("Secret", created.getString("secret")))));
            registry.add(group + "/WebHook/Delete", r -> r.id("WebHookId", "webhook")
                    .compose(id -> r.calls().delete(WEBHOOKS + "/" + id)).map(done -> new JsonObject()));
            registry.add(group + "/WebHook/GetList", r -> r.calls().list(WEBHOOKS)
                    .map(all -> new JsonArray(all.stream().map(JsonObject.class::cast)
                            .filter(w -> w.getValue("endedAt") == null)
                            .filter(w -> types.containsAll(w.getJsonArray("eventTypes").getList()))
                            .map(Object.class::cast).toList()))
                    .compose(all -> r.shapeAll(all, "webhook")).map(all -> ReservantoRequest.answer("WebHooks", all)));
        });
    }
}
