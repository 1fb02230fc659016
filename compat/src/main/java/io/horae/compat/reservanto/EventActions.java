package io.horae.compat.reservanto;

import io.horae.compat.nativeapi.Bookings;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/** The Event group: Reservanto's other name for bookings (an event's code is the booking's reference). */
@ApplicationScoped
class EventActions implements ReservantoRoutes.ActionGroup {
    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Event/Get", r -> r.id("AppointmentId", "booking").compose(id -> r.calls().bookings().get(id))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Event", b)));
        registry.add("Event/GetByCode", EventActions::byCode);
        registry.add("Event/GetList", r -> LifecycleActions.page(r, Bookings.Query.all(), "Events"));
        registry.add("Event/GetListByCustomer", r -> r.id("CustomerId", "customer").compose(customer ->
                LifecycleActions.page(r, Bookings.Query.ofCustomer(customer), "Events")));
    }

    /** The booking whose reference is {@code Code}. */
    private static Future<JsonObject> byCode(ReservantoRequest r) {
        return r.calls().bookings().page(Bookings.Query.withReference(r.text("Code")), 0, 1)
                .map(page -> {
                    if (page.items().isEmpty()) {
                        throw new Refusal(404, "Code", "no event has the code " + r.text("Code"));
                    }
                    return page.items().get(0);
                })
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Event", b));
    }
}
