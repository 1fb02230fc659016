package io.horae.gateway.page;

import io.horae.booking.api.BookingLinks;
import io.horae.booking.api.BookingView;
import io.horae.booking.api.NewBooking;
import io.horae.booking.api.NewWaitlistEntry;
import io.horae.catalogue.api.ClassView;
import io.horae.catalogue.api.CombinationRequest;
import io.horae.catalogue.api.CombinationView;
import io.horae.catalogue.api.FreeDay;
import io.horae.catalogue.api.FreeStart;
import io.horae.catalogue.api.LocationView;
import io.horae.catalogue.api.ServiceView;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.horae.compat.nativeapi.Catalogue;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.compat.nativeapi.ServiceCombinations;
import io.horae.customer.api.CustomerView;
import io.horae.customer.api.NewCustomer;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a visitor of a booking page does, each step one or a few calls of the native API on the page's behalf: read
 * the page's catalogue, see the days and starts, hold one start, and book the hold as a customer (found by e-mail or
 * created). A visitor may choose one service, or several in a row at the location (a cut, then a colour): the days
 * and starts are then the combinations' and the hold holds every leg. The page offers only its services; everything
 * else the native API decides and refuses as it would any client.
 */
@ApplicationScoped
public class PublicBooking {
    /** The customer's fields as the visitor fills them, named as the native customer's. */
    private static final String[] CUSTOMER_FIELDS = {"firstName", "lastName", "email", "phone"};

    /** Most services one visitor may choose in a row. */
    static final int MOST_IN_A_ROW = 3;

    /**
     * The page's title, colour, logo and means of payment, the active locations and the services it offers.
     */
    public Future<JsonObject> catalogue(NativeApi.Calls calls, BookingPages.Page shown) {
        PageSettings page = shown.settings();
        Future<List<LocationView>> locations = calls.catalogue().locations(true);
        Future<List<ServiceView>> services = calls.catalogue().services(true);
        return Future.all(locations, services).map(both -> new JsonObject()
                .put("title", page.title())
                .put("colour", page.colour())
                .put("logoUrl", PageLogo.url(shown))
                .put("onlinePayments", new JsonArray(page.onlinePayments()))
                .put("locations", new JsonArray(locations.result().stream()
                        .map(l -> new JsonObject().put("id", l.id().toString()).put("name", l.name())
                                .put("timeZone", l.timeZone())).toList()))
                .put("services", new JsonArray(services.result().stream().filter(s -> page.offers(s.id()))
                        .map(PublicBooking::service).toList())));
    }

    private static JsonObject service(ServiceView s) {
        return new JsonObject().put("id", s.id().toString()).put("name", s.name())
                .put("durationMinutes", s.durationMinutes()).put("price", s.price())
                .put("currency", s.currency()).put("capacity", s.capacity())
                .put("cancellationCutoffMinutes", s.cancellationCutoffMinutes());
    }

    /**
     * The days of {@code month} (in the location's time zone) with free starts or classes of the service, and how
     * many each has (a full class counts: its waiting list is open). For services in a row: the days with free
     * combinations.
     */
    public Future<JsonArray> days(NativeApi.Calls calls, PageSettings page, List<UUID> services, UUID location,
                                  YearMonth month) {
        if (services.size() > 1) {
            return zoneOf(calls, page, services, location).compose(zone -> combinations(calls, services, location,
                    month.atDay(1), month.plusMonths(1).atDay(1), zone).map(found -> {
                        TreeMap<String, Integer> days = new TreeMap<>();
                        found.forEach(c -> days.merge(c.start().atZoneSameInstant(zone).toLocalDate().toString(), 1,
                                Integer::sum));
                        return dayList(days);
                    }));
        }
        UUID service = services.get(0);
        return zoneOf(calls, page, services, location).compose(zone -> {
            Catalogue.Search search = search(service, location, month.atDay(1), month.plusMonths(1).atDay(1), zone);
            Future<List<FreeDay>> free = calls.catalogue().days(search);
            Future<List<ClassView>> classes = calls.catalogue().classes(search, false);
            return Future.all(free, classes).map(both -> {
                TreeMap<String, Integer> days = new TreeMap<>();
                free.result().forEach(day -> days.merge(day.date().toString(), day.starts(), Integer::sum));
                open(classes.result()).forEach(c -> days.merge(c.start().atZoneSameInstant(zone).toLocalDate()
                        .toString(), 1, Integer::sum));
                return dayList(days);
            });
        });
    }

    private static JsonArray dayList(TreeMap<String, Integer> days) {
        return new JsonArray(days.entrySet().stream().map(day -> new JsonObject().put("date", day.getKey())
                .put("starts", day.getValue())).toList());
    }

    private static Future<List<CombinationView>> combinations(NativeApi.Calls calls, List<UUID> services,
                                                              UUID location, LocalDate from, LocalDate to,
                                                              ZoneId zone) {
        return calls.catalogue().combinations(new CombinationRequest(services, location,
                from.atStartOfDay(zone).toOffsetDateTime(), to.atStartOfDay(zone).toOffsetDateTime()));
    }

    /**
     * The free starts on {@code date} (in the location's time zone), one per resource that has it, and the day's
     * classes with their seats left. For services in a row: each free combination's start and end.
     */
    public Future<JsonArray> starts(NativeApi.Calls calls, PageSettings page, List<UUID> services, UUID location,
                                    LocalDate date) {
        if (services.size() > 1) {
            return zoneOf(calls, page, services, location).compose(zone -> combinations(calls, services, location,
                    date, date.plusDays(1), zone)).map(found -> new JsonArray(found.stream()
                    .map(c -> new JsonObject().put("start", PageTimes.of(c.start())).put("end", PageTimes.of(c.end())))
                    .toList()));
        }
        UUID service = services.get(0);
        return zoneOf(calls, page, services, location).compose(zone -> {
            Catalogue.Search search = search(service, location, date, date.plusDays(1), zone);
            Future<List<FreeStart>> free = calls.catalogue().starts(search);
            Future<List<ClassView>> classes = calls.catalogue().classes(search, false);
            return Future.all(free, classes).map(both -> {
                JsonArray starts = new JsonArray();
                free.result().forEach(f -> starts.add(new JsonObject().put("resourceId", f.resourceId().toString())
                        .put("start", f.start().toString()).put("end", f.end().toString())));
                open(classes.result()).forEach(c -> starts.add(new JsonObject().put("classId", c.id().toString())
                        .put("start", PageTimes.of(c.start())).put("end", PageTimes.of(c.end()))
                        .put("capacity", c.capacity()).put("seatsLeft", c.seatsLeft())));
                return starts;
            });
        });
    }

    private static java.util.stream.Stream<ClassView> open(List<ClassView> classes) {
        return classes.stream().filter(c -> c.cancelledAt() == null);
    }

    /**
     * Holds one start of a service on a resource, or a seat in a class; a start just taken is refused with the next
     * free ones.
     */
    public Future<JsonObject> hold(NativeApi.Calls calls, PageSettings page, UUID service, UUID resource,
                                   String start, UUID classId) {
        if (!page.offers(service)) {
            return Future.failedFuture(Refusal.badField("serviceId", "is not offered on this page"));
        }
        LineRequest line;
        try {
            line = classId != null ? LineRequest.classSeats(classId, 1)
                    : LineRequest.serviceStart(resource, service, OffsetDateTime.parse(String.valueOf(start)), null);
        } catch (java.time.format.DateTimeParseException e) {
            return Future.failedFuture(Refusal.badField("start", "must be a date-time with offset"));
        }
        return classOf(calls, service, classId)
                .compose(checked -> calls.holds().hold(new HoldRequest(List.of(line), null, null)))
                .map(PublicBooking::held);
    }

    /**
     * Holds the services in a row that start at {@code start} at the location, every leg in one hold; a start just
     * taken is refused.
     */
    public Future<JsonObject> holdInARow(NativeApi.Calls calls, PageSettings page, List<UUID> services, UUID location,
                                        String start) {
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(String.valueOf(start));
        } catch (java.time.format.DateTimeParseException e) {
            return Future.failedFuture(Refusal.badField("start", "must be a date-time with offset"));
        }
        if (!offersAll(page, services)) {
            return Future.failedFuture(Refusal.badField("serviceId", "is not offered on this page"));
        }
        return ServiceCombinations.hold(calls, services, location, at, "start").map(PublicBooking::held);
    }

    private static JsonObject held(ClaimedReservation hold) {
        return new JsonObject().put("id", hold.id().toString()).put("expiresAt", PageTimes.of(hold.expiresAt()));
    }

    /** Passes when there is no class, or the class is of {@code service} (one the page offers). */
    private static Future<Void> classOf(NativeApi.Calls calls, UUID service, UUID classId) {
        return classId == null ? Future.succeededFuture() : calls.catalogue().classOccurrence(classId)
                .compose(c -> service.equals(c.serviceId()) ? Future.<Void>succeededFuture()
                        : Future.failedFuture(Refusal.badField("classId", "is not a class of this service")));
    }

    /**
     * Books the hold for the customer the visitor names: the tenant's customer with that e-mail, or a new one (checked
     * as the native API checks every customer). The answer has what the confirmation shows, with the customer's own
     * cancel link and calendar file, and the voucher payment link where the page takes vouchers.
     */
    public Future<JsonObject> book(NativeApi.Calls calls, PageSettings page, UUID hold, JsonObject visitor) {
        return customer(visitor).compose(customer -> customerFor(calls, customer))
                .compose(customerId -> calls.bookings().place(new NewBooking(hold, null, customerId,
                        null, null, null, null, null)))
                .compose(booking -> calls.bookings().links(booking.id())
                        .map(links -> confirmation(booking, links, page.pays(PageSettings.VOUCHER))));
    }

    /** Puts the customer the visitor names on the waiting list for a seat in a full class. */
    public Future<JsonObject> waitFor(NativeApi.Calls calls, PageSettings page, UUID service, UUID classId,
                                      JsonObject visitor) {
        if (!page.offers(service)) {
            return Future.failedFuture(Refusal.badField("serviceId", "is not offered on this page"));
        }
        return classOf(calls, service, classId).compose(checked -> customer(visitor))
                .compose(customer -> customerFor(calls, customer))
                .compose(customerId -> calls.waitlist().join(NewWaitlistEntry.forClass(customerId, classId, 1)))
                .map(entry -> new JsonObject().put("id", entry.id().toString()).put("status", entry.status().name()));
    }

    /** The customer the visitor's form names (first and last name, e-mail, phone), each text or absent. */
    private static Future<NewCustomer> customer(JsonObject visitor) {
        for (String field : CUSTOMER_FIELDS) {
            Object value = visitor.getValue(field);
            if (value != null && !(value instanceof String)) {
                return Future.failedFuture(Refusal.badField(field, "must be text"));
            }
        }
        return Future.succeededFuture(new NewCustomer(visitor.getString("firstName"), visitor.getString("lastName"),
                visitor.getString("email"), visitor.getString("phone"), null, null, null, null, null, null));
    }

    /** The tenant's customer with the visitor's e-mail, or a new one, checked as any customer is. */
    private static Future<UUID> customerFor(NativeApi.Calls calls, NewCustomer customer) {
        String email = customer.email();
        Future<Optional<CustomerView>> existing = email == null || email.isBlank() || email.length() > 254
                ? Future.succeededFuture(Optional.empty()) : calls.customers().withEmail(email);
        return existing.compose(found -> found.isPresent() ? Future.succeededFuture(found.get().id())
                : calls.customers().register(customer).map(CustomerView::id));
    }

    private static JsonObject confirmation(BookingView booking, BookingLinks links, boolean vouchers) {
        String services = String.join(", ", booking.lines().stream().map(BookingView.Line::serviceName)
                .filter(Objects::nonNull).distinct().toList());
        return new JsonObject().put("id", booking.id().toString()).put("reference", booking.reference())
                .put("status", booking.status().name()).put("start", PageTimes.of(booking.start()))
                .put("end", PageTimes.of(booking.end())).put("serviceName", services)
                .put("price", booking.price()).put("currency", booking.currency())
                .put("ticket", booking.ticket())
                .put("cancelUrl", links.cancelUrl())
                .put("calendarUrl", links.calendarUrl())
                .put("ticketUrl", links.ticketUrl())
                .put("paid", booking.paid())
                .put("voucherUrl", vouchers ? links.paymentUrl().replaceFirst("\\?", "/payments?") : null);
    }

    private static boolean offersAll(PageSettings page, List<UUID> services) {
        return services.stream().allMatch(page::offers);
    }

    /** The location's time zone, once the page is known to offer the services. */
    private static Future<ZoneId> zoneOf(NativeApi.Calls calls, PageSettings page, List<UUID> services,
                                         UUID location) {
        if (!offersAll(page, services)) {
            return Future.failedFuture(Refusal.badField("serviceId", "is not offered on this page"));
        }
        return calls.catalogue().location(location).map(l -> ZoneId.of(l.timeZone()));
    }

    private static Catalogue.Search search(UUID service, UUID location, LocalDate from, LocalDate to, ZoneId zone) {
        return Catalogue.Search.atLocation(service, location, from.atStartOfDay(zone).toInstant(),
                to.atStartOfDay(zone).toInstant());
    }
}
