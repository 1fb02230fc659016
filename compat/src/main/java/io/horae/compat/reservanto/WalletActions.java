package io.horae.compat.reservanto;

import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethod;
import io.horae.booking.api.Refund;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/** Passes, the passes customers hold, the sessions they are owed, and vouchers: customer-service's wallet. */
@ApplicationScoped
class WalletActions implements ReservantoRoutes.ActionGroup {
    private static final String CUSTOMERS = "/api/v1/customers/";

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Pass/GetList", r -> r.calls().list("/api/v1/passes").compose(all -> r.shapeAll(all, "pass"))
                .map(all -> ReservantoRequest.answer("Passes", all)));
        registry.add("PassToCustomer/AddPass", r -> r.id("CustomerId", "customer").compose(customer ->
                r.id("PassId", "pass").compose(pass -> r.calls().post(CUSTOMERS + customer + "/passes",
                        new JsonObject().put("passId", pass.toString())
                                .put("validFrom", r.has("ValidFrom") ? r.date("ValidFrom").toString() : null))))
                .compose(held -> r.shape(held, "customer-pass")));
        registry.add("PassToCustomer/GetPassesForCustomer", r -> r.id("CustomerId", "customer")
                .compose(customer -> r.calls().list(CUSTOMERS + customer + "/passes"))
                .compose(all -> r.shapeAll(all, "customer-pass")).map(all -> ReservantoRequest.answer("Passes", all)));
        registry.add("PassToCustomer/AddIntermission", r -> r.id("CustomerId", "customer").compose(customer ->
                r.id("PassToCustomerId", "customer-pass").compose(held -> r.calls().post(CUSTOMERS + customer
                        + "/passes/" + held + "/intermissions", new JsonObject()
                        .put("from", r.date("From").toString()).put("to", r.date("To").toString()))))
                .compose(held -> r.shape(held, "customer-pass")));
        registry.add("Customer/TryUsePass", r -> held(r, (customer, held) -> r.calls().post(CUSTOMERS + customer
                        + "/passes/" + held + "/uses", new JsonObject().put("reference", r.optionalText("Reference")))
                .compose(use -> r.calls().list(CUSTOMERS + customer + "/passes"))
                .compose(all -> passOf(r, all, held))));
        registry.add("Customer/TryReturnPassUsage", r -> held(r, (customer, held) -> r.calls().post(CUSTOMERS + customer
                        + "/passes/" + held + "/returns", new JsonObject().put("count",
                        Objects.requireNonNullElse(r.optionalInteger("Count"), 1))))
                .compose(pass -> r.shape(pass, "customer-pass")).map(pass -> ReservantoRequest.answer("Pass", pass)));
        registry.add("ServiceSubstitution/GetForCustomer", r -> r.id("CustomerId", "customer")
                .compose(customer -> r.calls().list(CUSTOMERS + customer + "/substitutions?free=true"))
                .compose(all -> r.shapeAll(all, "substitution"))
                .map(all -> ReservantoRequest.answer("ServiceSubstitutions", all)));
        registry.add("Voucher/GetList", r -> r.calls().list("/api/v1/vouchers").compose(all -> r.shapeAll(all, "voucher"))
                .map(all -> ReservantoRequest.answer("Vouchers", all)));
        registry.add("Voucher/IsValid", WalletActions::isValid);
        registry.add("Voucher/PayForBooking", r -> r.id("AppointmentId", "booking")
                .compose(id -> r.calls().bookings().pay(id,
                        new Payment(PaymentMethod.VOUCHER, null, null, r.text("Code"), null)))
                .compose(r::shape).map(b -> ReservantoRequest.answer("Appointment", b)));
        registry.add("Voucher/RefundBookingPayment", r -> r.id("AppointmentId", "booking")
                .compose(id -> r.calls().bookings().refund(id, new Refund(PaymentMethod.VOUCHER)))
                .compose(r::shape).map(b -> ReservantoRequest.answer("Appointment", b)));
    }

    /** {@code act} on the pass {@code PassToCustomerId} of customer {@code CustomerId}. */
    private static Future<JsonObject> held(ReservantoRequest r,
                                           BiFunction<UUID, UUID, Future<JsonObject>> act) {
        return r.id("CustomerId", "customer").compose(customer -> r.id("PassToCustomerId", "customer-pass")
                .compose(held -> act.apply(customer, held)));
    }

    /** The pass {@code held} among the customer's passes, as it is after a use. */
    private static Future<JsonObject> passOf(ReservantoRequest r, JsonArray all, UUID held) {
        JsonObject pass = all.stream().map(JsonObject.class::cast).filter(p -> held.toString().equals(p.getString("id")))
                .findFirst().orElseThrow();
        return r.shape(pass, "customer-pass").map(shaped -> ReservantoRequest.answer("Pass", shaped));
    }

    /**
     * Whether the code names one of the merchant's vouchers that can pay now, and its state ({@code Valid},
     * {@code Redeemed}, …).
     */
    private static Future<JsonObject> isValid(ReservantoRequest r) {
        String code = r.text("Code");
        return r.calls().get("/api/v1/vouchers/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"))
                .map(voucher -> new JsonObject().put("IsValid", "VALID".equals(voucher.getString("state")))
                        .put("State", ReservantoShape.pascal(voucher.getString("state").toLowerCase(), '_')))
                .recover(e -> e instanceof Refusal refusal && refusal.status() == 404
                        ? Future.succeededFuture(new JsonObject().put("IsValid", false)) : Future.failedFuture(e));
    }
}
