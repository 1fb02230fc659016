package io.horae.compat.reservanto;

import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethod;
import io.horae.booking.api.Refund;
import io.horae.compat.nativeapi.Refusal;
import io.horae.customer.api.HeldPassView;
import io.horae.customer.api.PassAssignment;
import io.horae.customer.api.PassPause;
import io.horae.customer.api.PassReturns;
import io.horae.customer.api.PassUse;
import io.horae.customer.api.VoucherState;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/** Passes, the passes customers hold, the sessions they are owed, and vouchers: customer-service's wallet. */
@ApplicationScoped
class WalletActions implements ReservantoRoutes.ActionGroup {
    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Pass/GetList", r -> r.calls().wallet().passCatalogue()
                .compose(all -> r.shapeAll(all, "pass"))
                .map(all -> ReservantoRequest.answer("Passes", all)));
        registry.add("PassToCustomer/AddPass", r -> r.id("CustomerId", "customer").compose(customer ->
                r.id("PassId", "pass").compose(pass -> r.calls().wallet().assignPass(customer,
                        new PassAssignment(pass, r.has("ValidFrom") ? r.date("ValidFrom") : null))))
                .compose(pass -> r.shape(pass, "customer-pass")));
        registry.add("PassToCustomer/GetPassesForCustomer", r -> r.id("CustomerId", "customer")
                .compose(customer -> r.calls().wallet().passes(customer)).compose(all -> r.shapeAll(all, "customer-pass"))
                .map(all -> ReservantoRequest.answer("Passes", all)));
        registry.add("PassToCustomer/AddIntermission", r -> held(r, (customer, held) -> r.calls().wallet()
                .pausePass(customer, held, new PassPause(r.date("From"), r.date("To")))).compose(pass -> r.shape(pass, "customer-pass")));
        registry.add("Customer/TryUsePass", r -> held(r, (customer, held) -> r.calls().wallet()
                .usePass(customer, held, new PassUse(r.optionalText("Reference")))
                .compose(use -> r.calls().wallet().passes(customer))
                .map(all -> all.stream().filter(p -> p.id().equals(held)).findFirst().orElseThrow()))
                .compose(pass -> r.shape(pass, "customer-pass")).map(pass -> ReservantoRequest.answer("Pass", pass)));
        registry.add("Customer/TryReturnPassUsage", r -> held(r, (customer, held) -> r.calls().wallet()
                .returnPassUses(customer, held, new PassReturns(
                        Objects.requireNonNullElse(r.optionalInteger("Count"), 1))))
                .compose(pass -> r.shape(pass, "customer-pass")).map(pass -> ReservantoRequest.answer("Pass", pass)));
        registry.add("ServiceSubstitution/GetForCustomer", r -> r.id("CustomerId", "customer")
                .compose(customer -> r.calls().wallet().freeSubstitutions(customer))
                .compose(all -> r.shapeAll(all, "substitution"))
                .map(all -> ReservantoRequest.answer("ServiceSubstitutions", all)));
        registry.add("Voucher/GetList", r -> r.calls().wallet().vouchers()
                .compose(all -> r.shapeAll(all, "voucher"))
                .map(all -> ReservantoRequest.answer("Vouchers", all)));
        registry.add("Voucher/IsValid", WalletActions::isValid);
        registry.add("Voucher/PayForBooking", r -> r.id("AppointmentId", "booking")
                .compose(id -> r.calls().bookings().pay(id,
                        new Payment(PaymentMethod.VOUCHER, null, null, r.text("Code"), null)))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Appointment", b)));
        registry.add("Voucher/RefundBookingPayment", r -> r.id("AppointmentId", "booking")
                .compose(id -> r.calls().bookings().refund(id, new Refund(PaymentMethod.VOUCHER)))
                .compose(b -> r.shape(b, "booking")).map(b -> ReservantoRequest.answer("Appointment", b)));
    }

    /** {@code act} on the pass {@code PassToCustomerId} of customer {@code CustomerId}. */
    private static Future<HeldPassView> held(ReservantoRequest r,
                                             BiFunction<UUID, UUID, Future<HeldPassView>> act) {
        return r.id("CustomerId", "customer").compose(customer -> r.id("PassToCustomerId", "customer-pass")
                .compose(held -> act.apply(customer, held)));
    }

    /**
     * Whether the code names one of the merchant's vouchers that can pay now, and its state ({@code Valid},
     * {@code Redeemed}, …).
     */
    private static Future<JsonObject> isValid(ReservantoRequest r) {
        return r.calls().wallet().voucher(r.text("Code"))
                .map(voucher -> new JsonObject().put("IsValid", voucher.state() == VoucherState.VALID)
                        .put("State", ReservantoShape.pascal(voucher.state().name().toLowerCase(), '_')))
                .recover(e -> e instanceof Refusal refusal && refusal.status() == 404
                        ? Future.succeededFuture(new JsonObject().put("IsValid", false)) : Future.failedFuture(e));
    }
}
