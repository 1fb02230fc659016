package io.horae.booking.payment;

import io.horae.booking.api.Payment;
import io.horae.booking.api.Refund;

import io.horae.booking.api.BookingView;
import io.horae.booking.lifecycle.BookingViews;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.math.BigDecimal;
import java.util.UUID;

/** A booking's payments and refund. */
@Path("/api/v1/bookings/{id}")
public class PaymentResource {
    private final PaymentDesk desk;
    private final BookingViews views;
    private final TenantContext tenant;

    public PaymentResource(PaymentDesk desk, BookingViews views, TenantContext tenant) {
        this.desk = desk;
        this.views = views;
        this.tenant = tenant;
    }

    @POST
    @Path("/payments")
    public Uni<BookingView> pay(@PathParam("id") UUID id, @Valid @NotNull Payment payment) {
        return desk.pay(tenant.id(), id, new PaymentDesk.Payment(payment.method(), payment.amount(),
                payment.passId(), payment.code(), payment.paymentMethodId())).chain(views::of);
    }

    /**
     * Gives every payment of a cancelled or rejected booking back to where it came from; with {@code method}, undoes
     * only the booking's payments of that kind, whatever its state (a voucher is valid again).
     */
    @POST
    @Path("/refund")
    public Uni<BookingView> refund(@PathParam("id") UUID id, Refund refund) {
        return (refund == null || refund.method() == null ? desk.refund(tenant.id(), id)
                : desk.refund(tenant.id(), id, refund.method())).chain(views::of);
    }
}
