package io.horae.compat.qmatic;

import io.horae.booking.api.BookingView;
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
import java.util.UUID;

/**
 * A booking as a Qmatic appointment: its time slot in the branch's time zone, the customer, the service (the
 * services of a combination named together, in the requested language), the branch with address and position.
 * One instance serves one request: a customer, service or branch several appointments share is read once.
 */
final class Appointments {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final NativeApi.Calls calls;
    private final Map<String, Future<JsonObject>> read = new HashMap<>();
    private final Map<UUID, Future<CustomerView>> customers = new HashMap<>();

    Appointments(NativeApi.Calls calls) {
        this.calls = calls;
    }

    Future<JsonObject> of(BookingView booking) {
        List<BookingView.Line> lines = booking.lines().stream().filter(l -> l.serviceId() != null).toList();
        BookingView.Line first = lines.isEmpty() ? booking.lines().get(0) : lines.get(0);
        Future<CustomerView> customer = booking.customerId() == null ? Future.succeededFuture(null)
                : customers.computeIfAbsent(booking.customerId(), id -> calls.customers().get(id));
        Future<List<JsonObject>> services = Future.all(lines.stream()
                        .map(l -> read("/api/v1/services/" + l.serviceId())).toList())
                .map(all -> all.<JsonObject>list());
        Future<JsonObject> branch = first.resourceId() == null ? Future.succeededFuture(new JsonObject())
                : read("/api/v1/resources/" + first.resourceId())
                .compose(resource -> read("/api/v1/locations/" + resource.getString("locationId")));
        return Future.all(customer, services, branch).map(all -> appointment(booking, first, customer.result(),
                services.result(), branch.result()));
    }

    private Future<JsonObject> read(String path) {
        return read.computeIfAbsent(path, calls::get);
    }

    private static JsonObject appointment(BookingView booking, BookingView.Line line, CustomerView customer,
                                          List<JsonObject> services, JsonObject branch) {
        ZoneId zone = ZoneId.of(branch.getString("timeZone", "UTC"));
        JsonObject service = services.isEmpty() ? new JsonObject() : services.get(0);
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
                        .put("id", service.getString("id"))
                        .put("name", String.join(" + ", services.stream().map(s -> s.getString("name")).toList()))
                        .put("config", new JsonObject().put("maxNumberOfReservations", service.getInteger("capacity"))))
                .put("branch", new JsonObject()
                        .put("id", branch.getString("id"))
                        .put("name", branch.getString("name"))
                        .put("address", new JsonObject()
                                .put("streetName", branch.getString("street"))
                                .put("zipCode", branch.getString("zipCode"))
                                .put("city", branch.getString("city"))
                                .put("country", branch.getString("country")))
                        .put("location", new JsonObject()
                                .put("longitude", branch.getValue("longitude"))
                                .put("latitude", branch.getValue("latitude"))))
                .put("numberOfReservations", line.seats())
                .put("supportNotes", booking.note());
    }

    static JsonObject timeSlot(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
        return new JsonObject()
                .put("startTime", start.atZoneSameInstant(zone).format(TIME))
                .put("endTime", end.atZoneSameInstant(zone).format(TIME));
    }
}
