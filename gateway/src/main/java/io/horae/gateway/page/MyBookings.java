package io.horae.gateway.page;

import io.horae.booking.api.BookingView;
import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethod;
import io.horae.compat.nativeapi.Bookings;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.customer.api.CreditBalance;
import io.horae.customer.api.CustomerView;
import io.horae.customer.api.HeldPassView;
import io.horae.customer.api.InvitationAcceptance;
import io.horae.customer.api.LoginLinkRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "My bookings" on a booking page: a customer signs in with the one-time login token the merchant issued (Reservanto
 * {@code Customer/Login}), and sees their upcoming bookings, each with its own cancel, move and calendar links, their credit
 * and their passes. Every read is a native call for that one customer; the session says which.
 */
@ApplicationScoped
public class MyBookings {
    private static final int MOST_BOOKINGS = 50;

    private final CustomerSessions sessions;

    public MyBookings(CustomerSessions sessions) {
        this.sessions = sessions;
    }

    /** Spends the login token and opens a session for its customer. */
    public Future<JsonObject> signIn(NativeApi.Calls calls, Object token) {
        if (!(token instanceof String text) || text.isBlank() || text.length() > 100) {
            return Future.failedFuture(Refusal.badField("token", "must be the login token"));
        }
        return calls.accounts().redeem(text)
                .compose(signedIn -> sessions.open(calls.tenant(), signedIn.customerId()))
                .map(MyBookings::session);
    }

    private static JsonObject session(CustomerSessions.Opened opened) {
        return new JsonObject().put("session", opened.secret()).put("expiresAt", opened.expiresAt().toString());
    }

    /**
     * Sets the password of an account from its invitation's link (sent by customer-service to
     * {@code /book/{tenant}/password?token=…}) and opens a session for its customer, as signing in does.
     */
    public Future<JsonObject> acceptInvitation(NativeApi.Calls calls, Object token, Object password) {
        if (!(token instanceof String text) || text.isBlank() || text.length() > 100) {
            return Future.failedFuture(Refusal.badField("token", "must be the invitation's token"));
        }
        if (!(password instanceof String chosen)) {
            return Future.failedFuture(Refusal.badField("password", "must be text"));
        }
        return calls.accounts().acceptInvitation(new InvitationAcceptance(text, chosen))
                .compose(signedIn -> sessions.open(calls.tenant(), signedIn.customerId()))
                .map(MyBookings::session);
    }

    /**
     * Asks customer-service to mail a sign-in link to the account with this e-mail, if there is one; the answer is
     * the same either way.
     */
    public Future<JsonObject> mailLink(NativeApi.Calls calls, Object email) {
        if (!(email instanceof String text) || text.isBlank() || text.length() > 254) {
            return Future.failedFuture(Refusal.badField("email", "must be an e-mail address"));
        }
        return calls.accounts().mailLink(new LoginLinkRequest(text.strip())).map(done -> new JsonObject());
    }

    /**
     * The customer's name, upcoming bookings (with their links), credit and passes, and whether the page lets them pay
     * from their credit.
     */
    public Future<JsonObject> overview(NativeApi.Calls calls, PageSettings page, UUID customer) {
        Future<CustomerView> profile = calls.customers().get(customer);
        Future<CreditBalance> credit = calls.wallet().credit(customer);
        Future<List<HeldPassView>> passes = calls.wallet().passes(customer);
        Future<List<JsonObject>> bookings = calls.bookings()
                .page(Bookings.Query.ofCustomer(customer).from(Instant.now()), 0, MOST_BOOKINGS)
                .compose(found -> Future.all(found.items().stream().map(booking -> withLinks(calls, booking)).toList())
                        .map(all -> all.<JsonObject>list()));
        return Future.all(profile, credit, passes, bookings).map(all -> new JsonObject()
                .put("firstName", profile.result().firstName())
                .put("lastName", profile.result().lastName())
                .put("credit", credit.result().balance())
                .put("passes", new JsonArray(passes.result().stream()
                        .map(pass -> new JsonObject().put("entriesLeft", pass.entriesLeft())
                                .put("entriesTotal", pass.entriesTotal())
                                .put("validUntil", pass.validUntil() == null ? null : pass.validUntil().toString()))
                        .toList()))
                .put("bookings", new JsonArray(bookings.result()))
                .put("creditPayments", page.pays(PageSettings.CREDIT)));
    }

    /**
     * Pays what the customer still owes for one of their own bookings from their credit (refused when the page takes
     * no credit, the credit does not cover it, or the booking is someone else's).
     */
    public Future<JsonObject> payFromCredit(NativeApi.Calls calls, PageSettings page, UUID customer, String booking) {
        if (!page.pays(PageSettings.CREDIT)) {
            return Future.failedFuture(new Refusal(403, null, "this merchant takes no payments from credit online"));
        }
        UUID id;
        try {
            id = UUID.fromString(booking);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(Refusal.notFound("no such booking"));
        }
        return calls.bookings().get(id).compose(found -> {
            if (!customer.equals(found.customerId())) {
                return Future.failedFuture(Refusal.notFound("no such booking"));
            }
            if (found.owed().signum() <= 0) {
                return Future.failedFuture(new Refusal(409, null, "nothing is owed for this booking"));
            }
            return calls.bookings().pay(id, new Payment(PaymentMethod.CREDIT, found.owed(), null, null, null))
                    .map(paid -> new JsonObject().put("paid", paid.paid())
                            .put("paymentStatus", paid.paymentStatus().name()));
        });
    }

    private static Future<JsonObject> withLinks(NativeApi.Calls calls, BookingView booking) {
        BookingView.Line first = booking.lines().isEmpty() ? null : booking.lines().get(0);
        JsonObject shown = new JsonObject().put("id", booking.id().toString()).put("reference", booking.reference())
                .put("status", booking.status().name()).put("start", PageTimes.of(booking.start()))
                .put("end", PageTimes.of(booking.end()))
                .put("serviceId", first == null || first.serviceId() == null ? null : first.serviceId().toString())
                .put("serviceName", first == null ? null : first.serviceName())
                .put("currency", booking.currency()).put("owed", booking.owed());
        return calls.bookings().links(booking.id()).map(links -> shown
                .put("cancelUrl", links.cancelUrl()).put("moveUrl", links.moveUrl())
                .put("calendarUrl", links.calendarUrl()));
    }
}
