package io.horae.gateway.route;

import java.util.List;
import java.util.Optional;

/**
 * Which service owns which native path (the ownership table of docs/architecture.md, as prefixes) and which area of
 * scopes guards it.
 */
public final class Routes {
    /** @param readOnly every method only reads (availability's POST computes, it changes nothing) */
    public record Route(String prefix, String service, String area, boolean readOnly) {
        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    static final List<Route> NATIVE = List.of(
            new Route("/api/v1/customers", "customer", "customers", false),
            new Route("/api/v1/passes", "customer", "customers", false),
            new Route("/api/v1/vouchers", "customer", "customers", false),
            new Route("/api/v1/custom-value-definitions", "customer", "customers", false),
            new Route("/api/v1/locations", "availability", "catalog", false),
            new Route("/api/v1/resources", "availability", "catalog", false),
            new Route("/api/v1/services", "availability", "catalog", false),
            new Route("/api/v1/working-hours", "availability", "catalog", false),
            new Route("/api/v1/free-time", "availability", "catalog", false),
            new Route("/api/v1/classes", "availability", "catalog", false),
            new Route("/api/v1/availability", "availability", "catalog", true),
            new Route("/api/v1/products", "reservations", "catalog", false),
            new Route("/api/v1/reservations", "reservations", "reservations", false),
            new Route("/api/v1/product-reservations", "reservations", "reservations", false),
            new Route("/api/v1/bookings", "booking", "bookings", false),
            new Route("/api/v1/waitlist", "booking", "bookings", false),
            new Route("/api/v1/webhooks", "booking", "admin", false));

    private Routes() {
    }

    public static Optional<Route> find(String path) {
        return NATIVE.stream().filter(r -> r.matches(path)).findFirst();
    }
}
