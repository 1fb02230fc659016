package io.horae.compat.reservanto;

import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/** What happens to a booking after it is made, and reading bookings back: the Booking group. */
@ApplicationScoped
class LifecycleActions implements ReservantoRoutes.ActionGroup {
    private static final String BOOKINGS = "/api/v1/bookings";

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Booking/Cancel", r -> act(r, "/cancellation", new JsonObject()
                .put("reason", r.optionalText("Reason"))));
        registry.add("Booking/Confirm", r -> act(r, "/confirmation", null));
        registry.add("Booking/Reject", r -> act(r, "/rejection", new JsonObject().put("reason", r.optionalText("Reason"))));
        registry.add("Booking/SetNoShowState", r -> act(r, r.flag("NoShow", true) ? "/no-show" : "/completion", null));
        registry.add("Booking/AddPaymentViaCredit", LifecycleActions::payWithCredit);
        registry.add("Booking/AddPaymentViaPass", r -> r.id("PassToCustomerId", "customer-pass").compose(pass ->
                act(r, "/payments", new JsonObject().put("method", "PASS").put("passId", pass.toString()))));
        registry.add("Booking/AddPaymentViaServiceSubstitution", r -> act(r, "/payments",
                new JsonObject().put("method", "SUBSTITUTION")));
        registry.add("PaymentMethod/GetList", r -> r.calls().list("/api/v1/payment-methods?active=true")
                .compose(all -> r.shapeAll(all, "payment-method"))
                .map(all -> ReservantoRequest.answer("PaymentMethods", all)));
        // the keys of CustomValues are the merchant's own: they stay as given
        registry.add("Booking/EditCustomValues", r -> r.id("AppointmentId", "booking")
                .compose(id -> r.calls().patch(BOOKINGS + "/" + id, new JsonObject()
                        .put("customValues", r.object("CustomValues"))))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Appointment", b)));
        registry.add("Booking/GetBookingsForCustomer", r -> r.id("CustomerId", "customer").compose(customer ->
                page(r, "&customerId=" + customer, "Appointments")));
        registry.add("Booking/GetBookingsForPeriod", r -> page(r, "", "Appointments"));
        registry.add("Booking/GetActivities", LifecycleActions::activities);
        registry.add("Booking/GetCancelLink", r -> link(r, "cancelUrl"));
        registry.add("Booking/GetPaymentLink", r -> link(r, "paymentUrl"));
    }

    /** Pays from the customer's credit, {@code Amount} at most and never more than remains to pay (seed 004). */
    private static Future<JsonObject> payWithCredit(ReservantoRequest r) {
        BigDecimal offered = r.amount("Amount");
        if (offered.signum() <= 0) {
            throw Refusal.badField("Amount", "must be more than zero");
        }
        return r.id("AppointmentId", "booking").compose(id -> r.calls().get(BOOKINGS + "/" + id).compose(booking -> {
            BigDecimal due = new BigDecimal(booking.getValue("owed").toString());
            if (due.signum() <= 0) {
                throw new Refusal(409, "Amount", "the booking is paid");
            }
            return r.calls().post(BOOKINGS + "/" + id + "/payments", new JsonObject().put("method", "CREDIT")
                    .put("amount", offered.min(due)));
        })).compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Appointment", b));
    }

    /** Posts to the booking's {@code action}; answers the booking as it is now. */
    private static Future<JsonObject> act(ReservantoRequest r, String action, JsonObject body) {
        return r.id("AppointmentId", "booking")
                .compose(id -> r.calls().post(BOOKINGS + "/" + id + action, body))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Appointment", b));
    }

    /**
     * Bookings overlapping [From, To), by start, up to {@code Count} (at most 200) from {@code Offset}, answered as
     * {@code field} (Reservanto calls them appointments, and events in the Event group).
     */
    static Future<JsonObject> page(ReservantoRequest r, String filter, String field) {
        int offset = Objects.requireNonNullElse(r.optionalInteger("Offset"), 0);
        int count = Objects.requireNonNullElse(r.optionalInteger("Count"), 200);
        return r.calls().get(BOOKINGS + "?from=" + r.time("From") + "&to=" + r.time("To") + "&offset=" + offset
                        + "&limit=" + count + filter)
                .compose(page -> r.shapeAll(page.getJsonArray("items"), "booking").map(all -> new JsonObject()
                        .put(field, all).put("TotalCount", page.getLong("total"))));
    }

    /** What happened to bookings since {@code From}; pass the answer's {@code From} and {@code After} back for more. */
    private static Future<JsonObject> activities(ReservantoRequest r) {
        long after = r.has("After") ? r.number("After") : 0;
        return r.calls().get(BOOKINGS + "/activities?since=" + r.time("From") + "&after=" + after)
                .compose(page -> r.shapeAll(page.getJsonArray("items"), null).map(items -> new JsonObject()
                        .put("Activities", items)
                        .put("From", OffsetDateTime.parse(page.getString("since")).toEpochSecond())
                        .put("After", page.getLong("after"))));
    }

    private static Future<JsonObject> link(ReservantoRequest r, String which) {
        return r.id("AppointmentId", "booking").compose(id -> r.calls().post(BOOKINGS + "/" + id + "/links", null))
                .map(links -> new JsonObject().put("Url", links.getString(which))
                        .put("ValidTo", OffsetDateTime.parse(links.getString("expiresAt")).toEpochSecond()));
    }
}
