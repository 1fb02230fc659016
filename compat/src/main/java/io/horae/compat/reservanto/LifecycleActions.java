package io.horae.compat.reservanto;

import io.horae.booking.api.BookingLinks;
import io.horae.booking.api.BookingView;
import io.horae.booking.api.Cancellation;
import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethod;
import io.horae.booking.api.Reason;
import io.horae.compat.nativeapi.Bookings;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What happens to a booking after it is made, and reading bookings back: the Booking group. */
@ApplicationScoped
class LifecycleActions implements ReservantoRoutes.ActionGroup {
    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Booking/Cancel", r -> act(r, (bookings, id) -> bookings.cancel(id,
                new Cancellation(r.optionalText("Reason"), null))));
        registry.add("Booking/Confirm", r -> act(r, Bookings::confirm));
        registry.add("Booking/Reject", r -> act(r, (bookings, id) -> bookings.reject(id,
                new Reason(r.optionalText("Reason")))));
        registry.add("Booking/SetNoShowState", r -> act(r, r.flag("NoShow", true) ? Bookings::markNoShow
                : Bookings::complete));
        registry.add("Booking/AddPaymentViaCredit", LifecycleActions::payWithCredit);
        registry.add("Booking/AddPaymentViaPass", r -> r.id("PassToCustomerId", "customer-pass").compose(pass ->
                act(r, (bookings, id) -> bookings.pay(id, new Payment(PaymentMethod.PASS, null, pass, null, null)))));
        registry.add("Booking/AddPaymentViaServiceSubstitution", r -> act(r, (bookings, id) -> bookings.pay(id,
                new Payment(PaymentMethod.SUBSTITUTION, null, null, null, null))));
        registry.add("PaymentMethod/GetList", r -> r.calls().bookings().activePaymentMethods()
                .compose(all -> r.shapeAll(all, "payment-method"))
                .map(all -> ReservantoRequest.answer("PaymentMethods", all)));
        // the keys of CustomValues are the merchant's own: they stay as given
        registry.add("Booking/EditCustomValues", r -> act(r, (bookings, id) -> bookings.editCustomValues(id,
                r.object("CustomValues").getMap())));
        registry.add("Booking/GetBookingsForCustomer", r -> r.id("CustomerId", "customer").compose(customer ->
                page(r, Bookings.Query.ofCustomer(customer), "Appointments")));
        registry.add("Booking/GetBookingsForPeriod", r -> page(r, Bookings.Query.all(), "Appointments"));
        registry.add("Booking/GetActivities", LifecycleActions::activities);
        registry.add("Booking/GetCancelLink", r -> link(r, BookingLinks::cancelUrl));
        registry.add("Booking/GetPaymentLink", r -> link(r, BookingLinks::paymentUrl));
    }

    /** Pays from the customer's credit, {@code Amount} at most and never more than remains to pay (seed 004). */
    private static Future<JsonObject> payWithCredit(ReservantoRequest r) {
        BigDecimal offered = r.amount("Amount");
        if (offered.signum() <= 0) {
            throw Refusal.badField("Amount", "must be more than zero");
        }
        return act(r, (bookings, id) -> bookings.get(id).compose(booking -> {
            if (booking.owed().signum() <= 0) {
                throw new Refusal(409, "Amount", "the booking is paid");
            }
            return bookings.pay(id, new Payment(PaymentMethod.CREDIT, offered.min(booking.owed()), null, null, null));
        }));
    }

    /** Does {@code action} to the booking {@code AppointmentId}; answers the booking as it is then. */
    private static Future<JsonObject> act(ReservantoRequest r,
                                          BiFunction<Bookings, UUID, Future<BookingView>> action) {
        return r.id("AppointmentId", "booking")
                .compose(id -> action.apply(r.calls().bookings(), id))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Appointment", b));
    }

    /**
     * Bookings overlapping [From, To), by start, up to {@code Count} (at most 200) from {@code Offset}, answered as
     * {@code field} (Reservanto calls them appointments, and events in the Event group).
     */
    static Future<JsonObject> page(ReservantoRequest r, Bookings.Query query, String field) {
        int offset = Objects.requireNonNullElse(r.optionalInteger("Offset"), 0);
        int count = Objects.requireNonNullElse(r.optionalInteger("Count"), 200);
        return r.calls().bookings().page(query.between(r.time("From").toInstant(), r.time("To").toInstant()),
                        offset, count)
                .compose(page -> r.shapeAll(page.items(), "booking").map(all -> new JsonObject()
                        .put(field, all).put("TotalCount", page.total())));
    }

    /** What happened to bookings since {@code From}; pass the answer's {@code From} and {@code After} back for more. */
    private static Future<JsonObject> activities(ReservantoRequest r) {
        long after = r.has("After") ? r.number("After") : 0;
        return r.calls().bookings().activities(r.time("From").toInstant(), after)
                .compose(page -> r.shapeAll(page.items(), null).map(items -> new JsonObject()
                        .put("Activities", items).put("From", page.since().toEpochSecond())
                        .put("After", page.after())));
    }

    private static Future<JsonObject> link(ReservantoRequest r, Function<BookingLinks, String> which) {
        return r.id("AppointmentId", "booking").compose(id -> r.calls().bookings().links(id))
                .map(links -> new JsonObject().put("Url", which.apply(links))
                        .put("ValidTo", links.expiresAt().toEpochSecond()));
    }
}
