package io.horae.compat.reservanto;

import io.horae.booking.api.NewWebhookSubscription;
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
    /** What each group's webhooks are told of. */
    static final Map<String, List<String>> FAMILIES = Map.of(
            "Event", List.of("booking.created.v1", "booking.confirmed.v1", "booking.rescheduled.v1",
                    "booking.rejected.v1", "booking.cancelled.v1", "booking.closed.v1"),
            "Customer", List.of("customer.created.v1", "customer.updated.v1", "customer.erased.v1"),
            "FreeTime", List.of("catalog.free_time_changed.v1"));

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        FAMILIES.forEach((group, types) -> {
            registry.add(group + "/WebHook/Create", r -> r.calls().webhooks()
                    .subscribe(new NewWebhookSubscription(r.text("Url"), types))
                    .compose(created -> r.numberOf("webhook", created.id()).map(id -> new JsonObject()
                            .put("WebHookId", id).put("Secret", created.secret()))));
            registry.add(group + "/WebHook/Delete", r -> r.id("WebHookId", "webhook")
                    .compose(id -> r.calls().webhooks().end(id)).map(done -> new JsonObject()));
            registry.add(group + "/WebHook/GetList", r -> r.calls().webhooks().list()
                    .map(all -> all.stream().filter(w -> w.endedAt() == null)
                            .filter(w -> types.containsAll(w.eventTypes())).toList())
                    .compose(all -> r.shapeAll(all, "webhook")).map(all -> ReservantoRequest.answer("WebHooks", all)));
        });
    }
}
