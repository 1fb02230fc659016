package io.horae.compat.reservanto;

import io.horae.booking.api.BookingView;
import io.horae.booking.api.NewWaitlistEntry;
import io.horae.booking.api.WaitlistEntryView;
import io.horae.booking.api.WaitlistStatus;
import io.horae.compat.nativeapi.Refusal;
import io.horae.compat.nativeapi.Waitlist;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

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
    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Alternates/AddToAppointment", r -> customer(r).compose(customer -> slot(r).compose(slot ->
                join(r, NewWaitlistEntry.forSlot(customer, slot.resourceId(), slot.serviceId(), slot.start())))));
        registry.add("Alternates/AddToCourse", r -> customer(r).compose(customer -> course(r).compose(course ->
                join(r, NewWaitlistEntry.forCourse(customer, course)))));
        registry.add("Alternates/GetAppointmentAlternates", r -> slot(r).compose(slot ->
                waiting(r, waiting(null, null), e -> sameSlot(e, slot))));
        registry.add("Alternates/GetCourseAlternates", r -> course(r).compose(course ->
                waiting(r, waiting(null, course), e -> true)));
        registry.add("Alternates/GetAppointmentsSubscribedByCustomer", r -> customer(r).compose(customer ->
                waiting(r, waiting(customer, null), e -> e.courseId() == null)));
        registry.add("Alternates/GetCoursesSubscribedByCustomer", r -> customer(r).compose(customer ->
                waiting(r, waiting(customer, null), e -> e.courseId() != null)));
        registry.add("Alternates/RemoveFromAppointment", r -> customer(r).compose(customer -> slot(r).compose(slot ->
                leave(r, waiting(customer, null), e -> sameSlot(e, slot)))));
        registry.add("Alternates/RemoveFromCourse", r -> customer(r).compose(customer -> course(r).compose(course ->
                leave(r, waiting(customer, course), e -> true))));
    }

    private static Waitlist.Query waiting(UUID customer, UUID course) {
        return new Waitlist.Query(WaitlistStatus.WAITING, customer, course);
    }

    private static Future<UUID> customer(ReservantoRequest r) {
        return r.id("CustomerId", "customer");
    }

    /** A course: a class series, waited for as a whole. */
    private static Future<UUID> course(ReservantoRequest r) {
        return r.id("CourseId", "course");
    }

    /** The time slot of the booking {@code AppointmentId}: its first line's resource, service and start. */
    private static Future<BookingView.Line> slot(ReservantoRequest r) {
        return r.id("AppointmentId", "booking").compose(id -> r.calls().bookings().get(id)).map(booking -> {
            BookingView.Line line = booking.lines().get(0);
            if (line.serviceId() == null) {
                throw Refusal.badField("AppointmentId", "is not an appointment of a service");
            }
            return line;
        });
    }

    private static boolean sameSlot(WaitlistEntryView entry, BookingView.Line slot) {
        return slot.resourceId().equals(entry.resourceId()) && slot.serviceId().equals(entry.serviceId())
                && entry.start() != null && slot.start().isEqual(entry.start());
    }

    private static Future<JsonObject> join(ReservantoRequest r, NewWaitlistEntry entry) {
        return r.calls().waitlist().join(entry).compose(created -> r.shape(created, "alternate"));
    }

    /** The entries {@code query} selects that are also {@code which}. */
    private static Future<List<WaitlistEntryView>> entries(ReservantoRequest r, Waitlist.Query query,
                                                           Predicate<WaitlistEntryView> which) {
        return r.calls().waitlist().entries(query).map(all -> all.stream().filter(which).toList());
    }

    private static Future<JsonObject> waiting(ReservantoRequest r, Waitlist.Query query,
                                              Predicate<WaitlistEntryView> which) {
        return entries(r, query, which).compose(found -> r.shapeAll(found, "alternate"))
                .map(all -> ReservantoRequest.answer("Alternates", all));
    }

    private static Future<JsonObject> leave(ReservantoRequest r, Waitlist.Query query,
                                            Predicate<WaitlistEntryView> which) {
        return entries(r, query, which).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(Refusal.notFound("the customer is not an alternate there"));
            }
            return Future.all(found.stream().map(e -> r.calls().waitlist().leave(e.id())).toList())
                    .map(done -> new JsonObject());
        });
    }
}
