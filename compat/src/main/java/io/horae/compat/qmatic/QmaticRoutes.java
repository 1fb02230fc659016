package io.horae.compat.qmatic;

import io.horae.booking.api.BookingView;
import io.horae.booking.api.Reschedule;
import io.horae.compat.Uuids;
import io.horae.compat.VendorOperations;
import io.horae.compat.VendorRoutes;
import io.horae.compat.host.Dialect;
import io.horae.compat.host.Gate;
import io.horae.compat.nativeapi.Bookings;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Qmatic's service-combination appointments (seed 002): search a customer's appointments by personal identifier,
 * appointment detail, time slots for several services, reserving one (a hold) and rescheduling onto it. Every call
 * needs {@code X-TENANT-ID} (the admission checks it is the key's tenant); {@code Accept-Language} picks the
 * service names' language. Failures answer {@code {"errorCode", "errorMessage", "status"}}.
 */
@ApplicationScoped
public class QmaticRoutes {
    /** Bookings read per call when searching a customer's appointments. */
    private static final int PAGE = 200;
    static final String PREFIX = "/external/v1/serviceCombination/";
    static final Dialect DIALECT = (context, status, field, message) -> {
        JsonObject error = new JsonObject()
                .put("errorCode", HttpResponseStatus.valueOf(status).reasonPhrase().toUpperCase().replace(' ', '_'))
                .put("errorMessage", message).put("status", status);
        if (field != null) {
            error.put("field", field);
        }
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(error.encode());
    };

    private final NativeApi api;

    public QmaticRoutes(NativeApi api) {
        this.api = api;
    }

    void install(@Observes Router router, Vertx vertx, Gate gate, VendorOperations operations) {
        VendorRoutes.mount(router, vertx, gate, PREFIX, DIALECT, routes -> {
            routes.route().handler(QmaticRoutes::requireTenant);
            routes.get("/appointments/search").handler(this::search);
            routes.get("/appointments/:id").handler(this::detail);
            routes.put("/appointments/:id/reschedule").handler(this::reschedule);
            routes.get("/branches/:branchId/timeslots").handler(this::timeSlots);
            routes.post("/reservations").handler(this::reserve);
        }, operations, "Qmatic");
    }

    private static void requireTenant(RoutingContext context) {
        if (context.request().getHeader("X-TENANT-ID") == null) {
            DIALECT.refuse(context, 400, "X-TENANT-ID", "the X-TENANT-ID header is required");
        } else {
            context.next();
        }
    }

    /** The customer's open appointments, soonest first; the identifier comes in the JSON body or the query. */
    private void search(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            String identifier = personalIdentifier(context);
            NativeApi.Calls calls = api.of(context);
            return calls.customers().withPersonalIdentifier(identifier)
                    .compose(found -> found.isEmpty() ? Future.succeededFuture(List.<BookingView>of())
                            : calls.bookings().every(Bookings.Query.ofCustomer(found.get().id()).from(Instant.now()),
                            PAGE))
                    .map(found -> found.stream().filter(b -> b.status().isOpen())
                            .sorted(Comparator.comparing(BookingView::start)).toList())
                    .compose(bookings -> {
                        Appointments appointments = new Appointments(calls);
                        return Future.all(bookings.stream().map(appointments::of).toList());
                    })
                    .map(all -> new JsonArray(all.list()));
        }), DIALECT);
    }

    private void detail(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            NativeApi.Calls calls = api.of(context);
            return calls.bookings().get(Uuids.existingId(context.pathParam("id"), "appointment"))
                    .compose(booking -> new Appointments(calls).of(booking));
        }), DIALECT);
    }

    /** Moves the appointment onto the time slot held by {@code reservationId}. */
    private void reschedule(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            String reservationId = VendorRoutes.body(context).getString("reservationId");
            if (reservationId == null) {
                throw Refusal.badField("reservationId", "is required");
            }
            NativeApi.Calls calls = api.of(context);
            return calls.bookings().reschedule(Uuids.existingId(context.pathParam("id"), "appointment"),
                            new Reschedule(Uuids.existingId(reservationId, "reservation"), null))
                    .compose(booking -> new Appointments(calls).of(booking));
        }), DIALECT);
    }

    /** Starts at the branch for the services in a row, on {@code date} (branch time) or from {@code from} to {@code to}. */
    private void timeSlots(RoutingContext context) {
        VendorRoutes.answer(context, 200, VendorRoutes.attempt(() -> {
            NativeApi.Calls calls = api.of(context);
            UUID branchId = Uuids.existingId(context.pathParam("branchId"), "branch");
            List<UUID> services = TimeSlots.serviceIds(context.request().getParam("serviceIds"));
            return calls.catalogue().location(branchId).compose(branch ->
                    TimeSlots.find(calls, services, branchId, TimeSlots.window(context, branch)));
        }), DIALECT);
    }

    /** Holds the services in a row at a start (as a time slot offered it); answers the reservation id. */
    private void reserve(RoutingContext context) {
        VendorRoutes.answer(context, 201, VendorRoutes.attempt(() -> {
            JsonObject body = VendorRoutes.body(context);
            NativeApi.Calls calls = api.of(context);
            return TimeSlots.reserve(calls, body)
                    .map(hold -> new JsonObject().put("reservationId", hold.id().toString())
                            .put("expiresAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(hold.expiresAt())));
        }), DIALECT);
    }

    private static String personalIdentifier(RoutingContext context) {
        String fromQuery = context.request().getParam("customer.personalIdentifier");
        if (fromQuery == null) {
            fromQuery = context.request().getParam("personalIdentifier");
        }
        if (fromQuery != null && !fromQuery.isBlank()) {
            return fromQuery;
        }
        String text = context.body().asString();
        JsonObject customer = text == null || text.isBlank() ? null : VendorRoutes.body(context).getJsonObject("customer");
        String identifier = customer == null ? null : customer.getString("personalIdentifier");
        if (identifier == null || identifier.isBlank()) {
            throw Refusal.badField("customer.personalIdentifier", "is required");
        }
        return identifier;
    }
}
