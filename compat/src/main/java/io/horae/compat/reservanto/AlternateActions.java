package io.horae.compat.reservanto;

import io.horae.booking.api.BookingView;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Alternates: booking-service's waiting list. An appointment's alternates wait for the time slot of that booking
 * (its resource, service and start); a course's wait for a seat in a class occurrence, Horae's nearest thing to a
 * course ({@code CourseId} names the class).
 */
@ApplicationScoped
class AlternateActions implements ReservantoRoutes.ActionGroup {
    private static final String WAITLIST = "/api/v1/waitlist";

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Alternates/AddToAppointment", r -> customer(r).compose(customer -> slot(r).compose(slot ->
                join(r, slot.copy().put("customerId", customer.toString())))));
        registry.add("Alternates/AddToCourse", r -> customer(r).compose(customer -> course(r).compose(course ->
                join(r, new JsonObject().put("customerId", customer.toString()).put("courseId", course.toString())))));
        registry.add("Alternates/GetAppointmentAlternates", r -> slot(r).compose(slot ->
                waiting(r, "", e -> sameSlot(e, slot))));
        registry.add("Alternates/GetCourseAlternates", r -> course(r).compose(course ->
                waiting(r, "&courseId=" + course, e -> true)));
        registry.add("Alternates/GetAppointmentsSubscribedByCustomer", r -> customer(r).compose(customer ->
                waiting(r, "&customerId=" + customer, e -> e.getString("courseId") == null)));
        registry.add("Alternates/GetCoursesSubscribedByCustomer", r -> customer(r).compose(customer ->
                waiting(r, "&customerId=" + customer, e -> e.getString("courseId") != null)));
        registry.add("Alternates/RemoveFromAppointment", r -> customer(r).compose(customer -> slot(r).compose(slot ->
                leave(r, "&customerId=" + customer, e -> sameSlot(e, slot)))));
        registry.add("Alternates/RemoveFromCourse", r -> customer(r).compose(customer -> course(r).compose(course ->
                leave(r, "&customerId=" + customer + "&courseId=" + course, e -> true))));
    }

    private static Future<UUID> customer(ReservantoRequest r) {
        return r.id("CustomerId", "customer");
    }

    /** A course: a class series, waited for as a whole. */
    private static Future<UUID> course(ReservantoRequest r) {
        return r.id("CourseId", "course");
    }

    /** The time slot of the booking {@code AppointmentId}: its first line's resource, service and start. */
    private static Future<JsonObject> slot(ReservantoRequest r) {
        return r.id("AppointmentId", "booking").compose(id -> r.calls().bookings().get(id)).map(booking -> {
            BookingView.Line line = booking.lines().get(0);
            if (line.serviceId() == null) {
                throw Refusal.badField("AppointmentId", "is not an appointment of a service");
            }
            return new JsonObject().put("resourceId", line.resourceId().toString())
                    .put("serviceId", line.serviceId().toString()).put("start", line.start().toString());
        });
    }

    private static boolean sameSlot(JsonObject entry, JsonObject slot) {
        return slot.getString("resourceId").equals(entry.getString("resourceId"))
                && slot.getString("serviceId").equals(entry.getString("serviceId"))
                && entry.getString("start") != null
                && OffsetDateTime.parse(slot.getString("start")).isEqual(OffsetDateTime.parse(entry.getString("start")));
    }

    private static Future<JsonObject> join(ReservantoRequest r, JsonObject entry) {
        return r.calls().post(WAITLIST, entry).compose(created -> r.shape(created, "alternate"));
    }

    /** Waiting entries matching the native {@code filter} (query parameters) and then {@code which}. */
    private static Future<List<JsonObject>> entries(ReservantoRequest r, String filter, Predicate<JsonObject> which) {
        return r.calls().list(WAITLIST + "?status=WAITING" + filter).map(all -> all.stream().map(e -> (JsonObject) e)
                .filter(which).toList());
    }

    private static Future<JsonObject> waiting(ReservantoRequest r, String filter, Predicate<JsonObject> which) {
        return entries(r, filter, which).compose(found -> r.shapeAll(new JsonArray(found), "alternate"))
                .map(all -> ReservantoRequest.answer("Alternates", all));
    }

    private static Future<JsonObject> leave(ReservantoRequest r, String filter, Predicate<JsonObject> which) {
        return entries(r, filter, which).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(Refusal.notFound("the customer is not an alternate there"));
            }
            return Future.all(found.stream().map(e -> r.calls().delete(WAITLIST + "/" + e.getString("id"))).toList())
                    .map(done -> new JsonObject());
        });
    }
}
