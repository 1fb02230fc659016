package io.horae.compat.recras;

import io.horae.booking.api.BookingStatus;
import io.horae.booking.api.BookingView;
import io.horae.booking.api.Cancellation;
import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethod;
import io.horae.compat.NumericIds;
import io.horae.compat.VendorOperations;
import io.horae.compat.VendorRoutes;
import io.horae.compat.host.Dialect;
import io.horae.compat.host.Gate;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Recras's {@code POST /api2/book_products} (seed 003) and the {@code set_status} links its answer carries, on
 * booking-service's one-step product bookings. The customer is found by e-mail or created; products and locations
 * are named by their numeric ids. Failures answer {@code {"status", "error", "message"}} with the HTTP code.
 */
@ApplicationScoped
public class RecrasRoutes {
    static final String PREFIX = "/api2/";
    static final Dialect DIALECT = (context, status, field, message) -> {
        JsonObject error = new JsonObject().put("status", status)
                .put("error", HttpResponseStatus.valueOf(status).reasonPhrase())
                .put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                .end(error.encode());
    };

    private final NativeApi api;
    private final NumericIds numbers;
    private final Customers customers;

    public RecrasRoutes(NativeApi api, NumericIds numbers) {
        this.api = api;
        this.numbers = numbers;
        this.customers = new Customers();
    }

    void install(@Observes Router router, Vertx vertx, Gate gate, VendorOperations operations) {
        VendorRoutes.mount(router, vertx, gate, PREFIX, DIALECT, routes -> {
            routes.post("/book_products").handler(this::bookProducts);
            routes.post("/boekingen/:id/set_status/:status").handler(this::setStatus);
        }, operations, "Recras");
    }

    private void bookProducts(RoutingContext context) {
        VendorRoutes.answer(context, 201, VendorRoutes.attempt(() -> {
            ProductOrder order = ProductOrder.parse(VendorRoutes.body(context));
            NativeApi.Calls calls = api.of(context);
            return customers.findOrCreate(calls, order.customer())
                    .compose(customer -> CompanyValue.of(calls, order.companyId())
                            .compose(values -> order.toNative(calls, numbers, customer, values)))
                    .compose(booking -> calls.bookings().place(booking))
                    .compose(booking -> numbers.number(calls.tenant(), "booking", booking.id())
                            .map(id -> created(id, booking)));
        }), DIALECT);
    }

    /** {@code definitief} confirms (a booking waiting for payment counts as paid in full), {@code geannuleerd} cancels. */
    private void setStatus(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            NativeApi.Calls calls = api.of(context);
            String status = context.pathParam("status");
            if (!status.equals("definitief") && !status.equals("geannuleerd")) {
                throw Refusal.badField("status", "must be definitief or geannuleerd");
            }
            return numbers.id(calls.tenant(), "booking", number(context.pathParam("id")), "id")
                    .compose(id -> calls.bookings().get(id))
                    .compose(booking -> status.equals("geannuleerd")
                            ? calls.bookings().cancel(booking.id(),
                            new Cancellation("cancelled through Recras set_status", null))
                            : confirm(calls, booking))
                    .map(booking -> new JsonObject().put("id", Long.parseLong(context.pathParam("id")))
                            .put("ref", booking.reference())
                            .put("status", statusOf(booking.status())));
        }), DIALECT);
    }

    private static Future<BookingView> confirm(NativeApi.Calls calls, BookingView booking) {
        return switch (booking.status()) {
            case PENDING_PAYMENT -> calls.bookings().pay(booking.id(),
                    new Payment(PaymentMethod.EXTERNAL, booking.owed(), null, null, null));
            case PENDING_CONFIRMATION -> calls.bookings().confirm(booking.id());
            case CONFIRMED, COMPLETED, NO_SHOW -> Future.succeededFuture(booking);  // definitief already
            case CANCELLED, REJECTED -> Future.failedFuture(new Refusal(409, "status", "booking "
                    + booking.reference() + " is " + booking.status() + " and cannot become definitief"));
        };
    }

    private static JsonObject created(long id, BookingView booking) {
        String self = "/api2/boekingen/" + id + "/set_status/";
        return new JsonObject()
                .put("id", id)
                .put("ref", booking.reference())
                .put("qr_code", booking.ticket())
                .put("_links", new JsonObject()
                        .put("recras:booking:set_status:confirmed", link(self + "definitief"))
                        .put("recras:booking:set_status:cancelled", link(self + "geannuleerd")));
    }

    private static JsonObject link(String href) {
        return new JsonObject().put("href", href).put("method", "POST");
    }

    /**
     * Recras's word for a native status. Recras has nothing after {@code definitief}: a booking that took place
     * ({@code COMPLETED}) or was missed ({@code NO_SHOW}) stays {@code definitief} there. The switch covers every
     * native status, so a new one does not compile until it has its word.
     */
    static String statusOf(BookingStatus status) {
        return switch (status) {
            case PENDING_CONFIRMATION -> "reservering";
            case PENDING_PAYMENT -> "pending_online";
            case CONFIRMED, COMPLETED, NO_SHOW -> "definitief";
            case CANCELLED, REJECTED -> "geannuleerd";
        };
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("no booking " + value);
        }
    }
}
