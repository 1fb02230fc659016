package io.horae.compat.reservanto;

import io.horae.booking.api.BookingStatus;
import io.horae.booking.api.BookingView;
import io.horae.booking.api.NewBooking;
import io.horae.booking.api.Reschedule;
import io.horae.claims.LineRequest;
import io.horae.compat.nativeapi.Catalogue;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Making and moving bookings and the starts to make them at: OneToOne, EmsLike, Classes and RentalLike, each a
 * one-step native booking (held and confirmed in one request) of one line.
 */
@ApplicationScoped
class BookingActions implements ReservantoRoutes.ActionGroup {
    private static final List<String> UNCHANGEABLE = List.of("BookingResourceId", "BookingServiceId", "CustomerId",
            "Count", "CustomerNote");

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("EmsLike/CreateBooking", r -> book(r, appointmentLine(r)));
        registry.add("OneToOne/CreateBooking", r -> book(r, appointmentLine(r)));
        registry.add("Classes/CreateBooking", r -> book(r, classId(r)
                .map(id -> LineRequest.classSeats(id, r.optionalInteger("Count")))));
        registry.add("RentalLike/CreateBooking", r -> book(r, r.id("BookingResourceId", "resource")
                .map(id -> LineRequest.rental(id, r.time("BookingStart"), r.time("BookingEnd")))));
        registry.add("OneToOne/MoveBooking", BookingActions::move);
        registry.add("EmsLike/UpdateBooking", r -> {
            List<String> asked = UNCHANGEABLE.stream().filter(r::has).toList();
            if (!asked.isEmpty()) {
                throw Refusal.badField(asked.get(0), "cannot be changed; cancel and book again");
            }
            return move(r);
        });
        registry.add("OneToOne/GetAvailableStarts", r -> r.id("BookingResourceId", "resource").compose(resource ->
                        r.id("BookingServiceId", "service").compose(service -> r.calls().catalogue().starts(
                                Catalogue.Search.onResource(service, resource, from(r), to(r)))))
                .map(starts -> ReservantoRequest.answer("Starts", new JsonArray(starts.stream()
                        .map(s -> s.start().getEpochSecond()).distinct().toList()))));
        registry.add("OneToOne/GetAvailableStartsForLocation", r -> r.id("LocationId", "location").compose(location ->
                        r.id("BookingServiceId", "service").compose(service -> r.calls().catalogue().starts(
                                Catalogue.Search.atLocation(service, location, from(r), to(r)))))
                .compose(starts -> r.shapeAll(starts, null)).map(starts -> ReservantoRequest.answer("Starts", starts)));
        registry.add("Classes/Get", r -> classId(r).compose(id -> r.calls().catalogue().classOccurrence(id))
                .compose(c -> r.shape(c, "class")).map(c -> ReservantoRequest.answer("Appointment", c)));
        registry.add("Classes/GetAvailableAppointments", r -> r.id("LocationId", "location").compose(location ->
                        r.optionalId("BookingServiceId", "service").compose(service -> r.calls().catalogue().classes(
                                Catalogue.Search.atLocation(service, location, from(r), to(r)), true)))
                .compose(all -> r.shapeAll(all, "class")).map(all -> ReservantoRequest.answer("Appointments", all)));
        registry.add("RentalLike/GetAvailability", CatalogActions::availability);
    }

    private static Future<LineRequest> appointmentLine(ReservantoRequest r) {
        return r.id("BookingResourceId", "resource").compose(resource -> r.id("BookingServiceId", "service")
                .map(service -> LineRequest.serviceStart(resource, service, r.time("BookingStart"),
                        r.optionalInteger("Count"))));
    }

    /**
     * A class occurrence: {@code ClassId}, as {@code Classes/GetAvailableAppointments}, {@code Classes/Get} and
     * {@code Course/Get} answer it. {@code AppointmentId} is always a booking, in every action.
     */
    private static Future<UUID> classId(ReservantoRequest r) {
        return r.id("ClassId", "class");
    }

    /**
     * Books the line in one step for {@code CustomerId}, priced at {@code PriceLevelId} when given.
     * {@code PaymentRequiredProcess}: 0 Never (the default); 1 the merchant wants the booking paid and collects it
     * itself ({@code IsPaymentRequired}); 2 the platform enforces it: the booking waits for its payment and is
     * cancelled when it does not come in time ({@code IsPaymentRequiredProcessing} too).
     */
    private static Future<JsonObject> book(ReservantoRequest r, Future<LineRequest> line) {
        int payment = Objects.requireNonNullElse(r.optionalInteger("PaymentRequiredProcess"), 0);
        if (payment < 0 || payment > 2) {
            throw Refusal.badField("PaymentRequiredProcess", "must be 0 (Never), 1 or 2");
        }
        return line.compose(l -> r.id("CustomerId", "customer").compose(customer -> r.optionalId("PriceLevelId",
                        "price-level").compose(level -> r.calls().bookings().place(new NewBooking(null, List.of(l),
                        customer, r.optionalText("CustomerNote"), null,
                        payment == 2 ? new NewBooking.Payment(true, null) : null, level, null)))))
                .compose(booking -> created(r, booking));
    }

    private static Future<JsonObject> move(ReservantoRequest r) {
        return r.id("AppointmentId", "booking").compose(id -> r.calls().bookings().reschedule(id,
                new Reschedule(null, r.time("BookingStart")))).compose(b -> created(r, b));
    }

    /**
     * The answer of seed 001: the appointment, its customer, its state, whether the merchant wants it paid
     * ({@code PaymentRequiredProcess} 1 or 2) and whether the platform enforces that (it waits for its payment).
     */
    static Future<JsonObject> created(ReservantoRequest r, BookingView booking) {
        return r.shape(new JsonObject().put("bookingId", booking.id().toString())
                        .put("customerId", booking.customerId() == null ? null : booking.customerId().toString())
                        .put("status", booking.status().name()), null).map(shaped -> {
                    boolean enforced = booking.status() == BookingStatus.PENDING_PAYMENT;
                    boolean wanted = enforced || Integer.valueOf(1).equals(r.optionalInteger("PaymentRequiredProcess"));
                    return new JsonObject()
                            .put("IsPaymentRequired", wanted)
                            .put("IsPaymentRequiredProcessing", enforced)
                            .put("AppointmentId", shaped.getLong("AppointmentId"))
                            .put("CustomerId", shaped.getLong("CustomerId"))
                            .put("Status", shaped.getString("Status"));
                });
    }

    private static Instant from(ReservantoRequest r) {
        return r.time("From").toInstant();
    }

    private static Instant to(ReservantoRequest r) {
        return r.time("To").toInstant();
    }
}
