package io.horae.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.catalogue.api.ServiceView;
import io.horae.testing.StandInServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.horae.testing.StandInServer.send;

/**
 * availability-service's services (the catalogue-api shape), played in-process, for a service booking's projection
 * does not know. One {@link #offer}ed is answered as offered; any other id as an unpriced one-hour "Service", as
 * most of booking's tests book services no catalogue event announced.
 */
public class CatalogueStandIn implements QuarkusTestResourceLifecycleManager {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, ServiceView> SERVICES = new ConcurrentHashMap<>();
    private final StandInServer server = new StandInServer(4);

    /** A service the catalogue offers, named in {@code names}, {@code name} in its default language. */
    static UUID offer(Map<String, String> names, String name, BigDecimal price, String currency) {
        UUID id = UUID.randomUUID();
        SERVICES.put(id, view(id, names, name, price, currency));
        return id;
    }

    private static ServiceView view(UUID id, Map<String, String> names, String name, BigDecimal price,
                                    String currency) {
        return new ServiceView(id, name, names, 60, 0, 0, 60, 1, price, currency, null, 0, 365, false, null, null,
                Map.of(), true, null);
    }

    @Override
    public Map<String, String> start() {
        String url = server.on("/api/v1/services/", exchange -> {
            UUID id = UUID.fromString(exchange.getRequestURI().getPath().substring("/api/v1/services/".length()));
            ServiceView service = SERVICES.getOrDefault(id, view(id, Map.of("en", "Service"), "Service", null, null));
            send(exchange, 200, JSON.writeValueAsString(service));
        }).start();
        return Map.of("quarkus.rest-client.availability.url", url);
    }

    @Override
    public void stop() {
        server.stop();
    }
}
