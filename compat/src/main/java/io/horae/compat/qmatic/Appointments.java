package io.horae.compat.qmatic;

import io.horae.booking.api.BookingView;
import io.horae.catalogue.api.LocationView;
import io.horae.catalogue.api.ServiceView;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.customer.api.CustomerView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A booking as a Qmatic appointment: its time slot in the branch's time zone, the customer, the service (the
 * services of a combination named together, in the requested language), the branch with address and position.
 * One instance serves one request: a customer, service or branch several appointments share is read once.
 */
final class Appointments {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final NativeApi.Calls calls;
    private final Map<UUID, Future<CustomerView>> customers = new HashMap<>();
    private final Map<UUID, Future<ServiceView>> services = new HashMap<>();
    /** The branch of each resource an appointment is on. */
    private final Map<UUID, Future<LocationView>> branches = new HashMap<>();
    private final Map<UUID, Future<LocationView>> locations = new HashMap<>();

    Appointments(NativeApi.Calls calls) {
        this.calls = calls;
    }

    Future<JsonObject> of(BookingView booking) {
        List<BookingView.Line> lines = booking.lines().stream().filter(l -> l.serviceId() != null).toList();
        BookingView.Line first = lines.isEmpty() ? booking.lines().get(0) : lines.get(0);
        Future<CustomerView> customer = booking.customerId() == null ? Future.succeededFuture(null)
                : customers.computeIfAbsent(booking.customerId(), id -> calls.customers().get(id));
        Future<List<ServiceView>> named = Future.all(lines.stream().map(l -> services.computeIfAbsent(l.serviceId(),
                        id -> calls.catalogue().service(id))).toList())
                .map(all -> all.<ServiceView>list());
        Future<LocationView> branch = first.resourceId() == null ? Future.succeededFuture(null)
                : branches.computeIfAbsent(first.resourceId(), id -> calls.catalogue().resource(id)
                        .compose(resource -> locations.computeIfAbsent(resource.locationId(),
                                location -> calls.catalogue().location(location))));
        return Future.all(customer, named, branch).map(all -> appointment(booking, first, customer.result(),
                named.result(), branch.result()));
    }

    private static JsonObject appointment(BookingView booking, BookingView.Line line, CustomerView customer,
                                          List<ServiceView> services, LocationView branch) {
        ZoneId zone = ZoneId.of(branch == null ? "UTC" : branch.timeZone());
        ServiceView service = services.isEmpty() ? null : services.get(0);
        return new JsonObject()
                .put("appointmentId", booking.id().toString())
                .put("timeSlot", timeSlot(booking.start(), booking.end(), zone))
                .put("customer", customer == null ? new JsonObject() : new JsonObject()
                        .put("firstName", customer.firstName())
                        .put("lastName", customer.lastName())
                        .put("phoneNumber", customer.phone())
                        .put("email", customer.email())
                        .put("dateOfBirth", customer.birthDate() == null ? null : customer.birthDate().toString()))
                .put("service", new JsonObject()
                        .put("id", service == null ? null : service.id().toString())
                        .put("name", String.join(" + ", services.stream().map(ServiceView::name).toList()))
                        .put("config", new JsonObject().put("maxNumberOfReservations",
                                service == null ? null : service.capacity())))
                .put("branch", branch(branch))
                .put("numberOfReservations", line.seats())
                .put("supportNotes", booking.note());
    }

    /** The branch with its address and position; every field empty for an appointment without one. */
    private static JsonObject branch(LocationView branch) {
        Optional<LocationView> at = Optional.ofNullable(branch);
        return new JsonObject()
                .put("id", at.map(b -> b.id().toString()).orElse(null))
                .put("name", at.map(LocationView::name).orElse(null))
                .put("address", new JsonObject()
                        .put("streetName", at.map(LocationView::street).orElse(null))
                        .put("zipCode", at.map(LocationView::zipCode).orElse(null))
                        .put("city", at.map(LocationView::city).orElse(null))
                        .put("country", at.map(LocationView::country).orElse(null)))
                .put("location", new JsonObject()
                        .put("longitude", at.map(LocationView::longitude).orElse(null))
                        .put("latitude", at.map(LocationView::latitude).orElse(null)));
    }

    static JsonObject timeSlot(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
        return new JsonObject()
                .put("startTime", start.atZoneSameInstant(zone).format(TIME))
                .put("endTime", end.atZoneSameInstant(zone).format(TIME));
    }
}
