package io.horae.compat.nativeapi;

import io.horae.booking.api.ActivityPage;
import io.horae.booking.api.BookingLinks;
import io.horae.booking.api.BookingPage;
import io.horae.booking.api.BookingView;
import io.horae.booking.api.Cancellation;
import io.horae.booking.api.NewBooking;
import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethodView;
import io.horae.booking.api.Reason;
import io.horae.booking.api.Refund;
import io.horae.booking.api.Reschedule;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * booking-service's bookings for one caller, one method per operation, in the types of booking-api that
 * booking-service itself answers and takes: no client writes a path or reads a field by its name.
 */
public final class Bookings {
    private static final String BOOKINGS = "/api/v1/bookings";

    private final NativeApi.Calls calls;

    Bookings(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /** Which bookings a list holds: each criterion given narrows it; the list is ordered by start. */
    public record Query(UUID customerId, Instant from, Instant to, String reference) {
        public static Query all() {
            return new Query(null, null, null, null);
        }

        public static Query ofCustomer(UUID customerId) {
            return new Query(customerId, null, null, null);
        }

        public Query from(Instant instant) {
            return new Query(customerId, instant, to, reference);
        }

        public Query between(Instant start, Instant end) {
            return new Query(customerId, start, end, reference);
        }

        public static Query withReference(String reference) {
            return new Query(null, null, null, reference);
        }

        String parameters() {
            StringBuilder query = new StringBuilder();
            add(query, "customerId", customerId);
            add(query, "from", from);
            add(query, "to", to);
            add(query, "reference", reference);
            return query.toString();
        }

        private static void add(StringBuilder query, String name, Object value) {
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(NativeApi.encoded(value.toString()));
            }
        }
    }

    public Future<BookingView> get(UUID id) {
        return calls.send(HttpMethod.GET, one(id), null, BookingView.class);
    }

    /** One page of the bookings {@code query} selects. */
    public Future<BookingPage> page(Query query, int offset, int limit) {
        String parameters = query.parameters();
        return calls.send(HttpMethod.GET, BOOKINGS + parameters + (parameters.isEmpty() ? "?" : "&") + "offset="
                + offset + "&limit=" + limit, null, BookingPage.class);
    }

    /** Every booking {@code query} selects, read {@code pageSize} at a time. */
    public Future<List<BookingView>> every(Query query, int pageSize) {
        return every(query, pageSize, 0, new ArrayList<>());
    }

    private Future<List<BookingView>> every(Query query, int pageSize, int offset, List<BookingView> found) {
        return page(query, offset, pageSize).compose(page -> {
            found.addAll(page.items());
            return offset + pageSize < page.total() ? every(query, pageSize, offset + pageSize, found)
                    : Future.succeededFuture(found);
        });
    }

    public Future<BookingView> place(NewBooking booking) {
        return calls.send(HttpMethod.POST, BOOKINGS, booking, BookingView.class);
    }

    public Future<BookingView> reschedule(UUID id, Reschedule move) {
        return calls.send(HttpMethod.POST, one(id) + "/reschedule", move, BookingView.class);
    }

    public Future<BookingView> confirm(UUID id) {
        return calls.send(HttpMethod.POST, one(id) + "/confirmation", null, BookingView.class);
    }

    public Future<BookingView> reject(UUID id, Reason reason) {
        return calls.send(HttpMethod.POST, one(id) + "/rejection", reason, BookingView.class);
    }

    public Future<BookingView> cancel(UUID id, Cancellation cancellation) {
        return calls.send(HttpMethod.POST, one(id) + "/cancellation", cancellation, BookingView.class);
    }

    public Future<BookingView> markNoShow(UUID id) {
        return calls.send(HttpMethod.POST, one(id) + "/no-show", null, BookingView.class);
    }

    public Future<BookingView> complete(UUID id) {
        return calls.send(HttpMethod.POST, one(id) + "/completion", null, BookingView.class);
    }

    public Future<BookingView> pay(UUID id, Payment payment) {
        return calls.send(HttpMethod.POST, one(id) + "/payments", payment, BookingView.class);
    }

    public Future<BookingView> refund(UUID id, Refund refund) {
        return calls.send(HttpMethod.POST, one(id) + "/refund", refund, BookingView.class);
    }

    /** Replaces the booking's custom values (the merchant's own keys, kept as given). */
    public Future<BookingView> editCustomValues(UUID id, Map<String, Object> values) {
        return calls.send(HttpMethod.PATCH, one(id), new JsonObject().put("customValues", values), BookingView.class);
    }

    /** Links for the booking's customer, signed now. */
    public Future<BookingLinks> links(UUID id) {
        return calls.send(HttpMethod.POST, one(id) + "/links", null, BookingLinks.class);
    }

    /** What happened to the tenant's bookings since {@code since}, after the entry {@code after}. */
    public Future<ActivityPage> activities(Instant since, long after) {
        return calls.send(HttpMethod.GET, BOOKINGS + "/activities?since=" + since + "&after=" + after, null,
                ActivityPage.class);
    }

    /** The merchant's payment methods that a new payment may name. */
    public Future<List<PaymentMethodView>> activePaymentMethods() {
        return calls.sendForList(HttpMethod.GET, "/api/v1/payment-methods?active=true", null,
                PaymentMethodView.class);
    }

    private static String one(UUID id) {
        return BOOKINGS + "/" + id;
    }
}
