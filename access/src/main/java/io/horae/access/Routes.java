package io.horae.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which service owns which path (the ownership table of docs/architecture.md, as prefixes) and which area of scopes
 * guards it. The gateway routes clients' requests by the public paths; every service checks each request it serves
 * against the same table, {@code /internal/} paths included.
 */
public final class Routes {
    /** @param readOnly every method only reads (availability's POST computes, it changes nothing) */
    public record Route(String prefix, String service, String area, boolean readOnly) {
        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }

        /** The scope a request with this method needs here. */
        public String requiredScope(String method) {
            return Scopes.required(area, readOnly, method);
        }
    }

    static final List<Route> PUBLIC = List.of(
            new Route("/api/v1/customers", "customer", "customers", false),
            new Route("/api/v1/passes", "customer", "customers", false),
            new Route("/api/v1/vouchers", "customer", "customers", false),
            new Route("/api/v1/credit", "customer", "customers", false),
            new Route("/api/v1/custom-value-definitions", "customer", "customers", false),
            new Route("/api/v1/customer-tags", "customer", "customers", false),
            new Route("/api/v1/external-ids/customers", "customer", "customers", false),
            new Route("/api/v1/locations", "availability", "catalog", false),
            new Route("/api/v1/resources", "availability", "catalog", false),
            new Route("/api/v1/services", "availability", "catalog", false),
            new Route("/api/v1/resource-tags", "availability", "catalog", false),
            new Route("/api/v1/segments", "availability", "catalog", false),
            new Route("/api/v1/price-levels", "availability", "catalog", false),
            new Route("/api/v1/external-ids/resources", "availability", "catalog", false),
            new Route("/api/v1/external-ids/services", "availability", "catalog", false),
            new Route("/api/v1/working-hours", "availability", "catalog", false),
            new Route("/api/v1/free-time", "availability", "catalog", false),
            new Route("/api/v1/classes", "availability", "catalog", false),
            new Route("/api/v1/class-series", "availability", "catalog", false),
            // whether lines can be claimed now: part of holding (reservations asks it on the holder's token)
            new Route("/api/v1/availability/bookable", "availability", "reservations", true),
            new Route("/api/v1/availability", "availability", "catalog", true),
            new Route("/api/v1/products", "reservations", "catalog", false),
            new Route("/api/v1/product-categories", "reservations", "catalog", false),
            new Route("/api/v1/reservations", "reservations", "reservations", false),
            new Route("/api/v1/product-reservations", "reservations", "reservations", false),
            new Route("/api/v1/product-reservation-sources", "reservations", "reservations", false),
            new Route("/api/v1/bookings", "booking", "bookings", false),
            new Route("/api/v1/calendar-feeds", "booking", "bookings", false),
            new Route("/api/v1/waitlist", "booking", "bookings", false),
            new Route("/api/v1/payment-methods", "booking", "bookings", false),
            new Route("/api/v1/external-ids/bookings", "booking", "bookings", false),
            new Route("/api/v1/webhooks", "booking", "admin", false));

    /** Paths only services call (with a token a service signed), never routed by the gateway. */
    static final List<Route> INTERNAL = List.of(
            new Route("/internal/v1/reservations", "reservations", "reservations", false));

    /**
     * Whom a call to each service may reach on the caller's token: the service itself and those it forwards the
     * token to (reservations asks availability whether a claimed time is offered). Internal tokens name these
     * services (application names) as their audience; each service accepts only tokens naming it.
     */
    static final Map<String, List<String>> REACH = Map.of(
            "customer", List.of("customer-service"),
            "availability", List.of("availability-service"),
            "reservations", List.of("reservations-service", "availability-service"),
            "booking", List.of("booking-service"));

    private Routes() {
    }

    /** The public route of a client's request, if any service owns its path. */
    public static Optional<Route> find(String path) {
        return PUBLIC.stream().filter(r -> r.matches(path)).findFirst();
    }

    /** The route a service serving {@code path} checks a request against, public or internal. */
    public static Optional<Route> guarding(String path) {
        return Stream.concat(PUBLIC.stream(), INTERNAL.stream()).filter(r -> r.matches(path)).findFirst();
    }

    /** The audience of a token for a call to the service: every service the call may reach. */
    public static List<String> audience(String service) {
        List<String> reach = REACH.get(service);
        if (reach == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return reach;
    }
}
