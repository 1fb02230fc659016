package io.horae.gateway;

import java.util.List;
import java.util.Optional;

/** Which service owns which native path: the ownership table of ARCHITECTURE.md, as prefixes. */
final class Routes {
    record Route(String prefix, String service) {
        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
        }
    }

    static final List<Route> NATIVE = List.of(
            new Route("/api/v1/customers", "customer"),
            new Route("/api/v1/passes", "customer"),
            new Route("/api/v1/vouchers", "customer"),
            new Route("/api/v1/custom-value-definitions", "customer"),
            new Route("/api/v1/locations", "availability"),
            new Route("/api/v1/resources", "availability"),
            new Route("/api/v1/services", "availability"),
            new Route("/api/v1/working-hours", "availability"),
            new Route("/api/v1/free-time", "availability"),
            new Route("/api/v1/classes", "availability"),
            new Route("/api/v1/availability", "availability"),
            new Route("/api/v1/reservations", "reservations"),
            new Route("/api/v1/product-reservations", "reservations"),
            new Route("/api/v1/products", "reservations"),
            new Route("/api/v1/bookings", "booking"),
            new Route("/api/v1/waitlist", "booking"),
            new Route("/api/v1/webhooks", "booking"));

    private Routes() {
    }

    static Optional<Route> find(String path) {
        return NATIVE.stream().filter(r -> r.matches(path)).findFirst();
    }
}
