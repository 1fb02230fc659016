package io.horae.compat.reservanto;

import io.horae.compat.NumericIds;
import io.horae.compat.VendorOperations;
import io.horae.compat.VendorRoutes;
import io.horae.compat.host.Dialect;
import io.horae.compat.host.Gate;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reservanto's API (seeds 001 and 004): {@code POST /v1/<Group>/<Action>} (webhooks: {@code
 * /v1/<Group>/WebHook/<Action>}) with a JSON body, every answer in the
 * envelope {@code IsError} / {@code ErrorMessage(s)} / {@code ErrorParameter(s)}, an unknown action as the
 * envelope's error. The actions live in {@link ActionGroup}s by area; each translates to the native API.
 */
@ApplicationScoped
public class ReservantoRoutes {
    static final String PREFIX = "/v1/";
    /** Native field names as Reservanto's requests name them, for {@code ErrorParameter}. */
    private static final Map<String, String> FIELDS = Map.of("start", "BookingStart", "end", "BookingEnd",
            "resourceId", "BookingResourceId", "serviceId", "BookingServiceId", "customerId", "CustomerId",
            "seats", "Count", "note", "CustomerNote", "classId", "ClassId", "amount", "Amount");
    private static final Pattern INDEXED = Pattern.compile("^lines\\[\\d+]\\.");
    static final Dialect DIALECT = (context, status, field, message) -> {
        String parameter = field == null ? null : FIELDS.getOrDefault(INDEXED.matcher(field).replaceFirst(""), field);
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject()
                        .put("IsError", true)
                        .put("ErrorMessage", message)
                        .put("ErrorMessages", new JsonArray().add(message))
                        .put("ErrorParameter", parameter)
                        .put("ErrorParameters", parameter == null ? new JsonArray() : new JsonArray().add(parameter))
                        .encode());
    };

    private final NativeApi api;
    private final NumericIds numbers;
    private final Map<String, Action> actions = new HashMap<>();

    public ReservantoRoutes(NativeApi api, NumericIds numbers, Instance<ActionGroup> groups) {
        this.api = api;
        this.numbers = numbers;
        groups.forEach(group -> group.register(actions::put));
    }

    void install(@Observes Router router, Vertx vertx, Gate gate, VendorOperations operations) {
        VendorRoutes.mount(router, vertx, gate, PREFIX, DIALECT,
                routes -> routes.postWithRegex("/(?<group>[A-Za-z]+(?:/WebHook)?)/(?<action>[A-Za-z]+)").handler(this::run),
                operations, "Reservanto");
        new java.util.TreeSet<>(actions.keySet()).forEach(action -> operations.add("Reservanto", "POST", PREFIX + action));
    }

    private void run(RoutingContext context) {
        String name = context.pathParam("group") + "/" + context.pathParam("action");
        Action action = actions.get(name);
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            if (action == null) {
                throw new Refusal(404, null, "unknown action " + name);
            }
            String text = context.body().asString();
            JsonObject body = text == null || text.isBlank() ? new JsonObject() : VendorRoutes.body(context);
            return action.run(new ReservantoRequest(body, api.of(context), numbers)).map(ReservantoRoutes::envelope);
        }), DIALECT);
    }

    private static JsonObject envelope(JsonObject answer) {
        return answer.copy()
                .put("IsError", false)
                .put("ErrorParameter", null)
                .put("ErrorMessage", null)
                .put("ErrorParameters", new JsonArray())
                .put("ErrorMessages", new JsonArray());
    }

    /** Registers actions under their {@code Group/Action} names. */
    interface Registry {
        void add(String name, Action action);
    }

    /** A group of actions of one area, found by CDI. */
    interface ActionGroup {
        void register(Registry registry);
    }
}
