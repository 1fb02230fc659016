package io.horae.reservations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import io.horae.customer.api.CustomerView;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.StandInServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.horae.testing.StandInServer.send;

/**
 * customer-service's customers (the customer-api shape), played in-process. It answers only reservations-service's
 * own token (key id {@code reservations}, for the tenant it names); a customer is known per tenant, erased or not.
 */
public class CustomerStandIn implements QuarkusTestResourceLifecycleManager {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** tenant → its customers, by id. */
    private static final Map<String, Map<UUID, CustomerView>> CUSTOMERS = new ConcurrentHashMap<>();
    public static volatile boolean down;
    private final StandInServer server = new StandInServer(4);

    /** A new customer of {@code tenant}, its id. */
    public static UUID known(String tenant) {
        UUID id = UUID.randomUUID();
        CUSTOMERS.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>()).put(id, customer(id, null));
        return id;
    }

    /** Erases a customer: customer-service keeps its id and dates. */
    public static void erase(String tenant, UUID id) {
        CUSTOMERS.get(tenant).put(id, customer(id, OffsetDateTime.now()));
    }

    private static CustomerView customer(UUID id, OffsetDateTime erasedAt) {
        OffsetDateTime created = OffsetDateTime.now();
        return erasedAt != null ? new CustomerView(id, null, null, null, null, null, null, null, List.of(), Map.of(),
                created, erasedAt, erasedAt)
                : new CustomerView(id, "Ada", "Lovelace", "ada@example.com", null, null, null, null, List.of(),
                Map.of(), created, created, null);
    }

    @Override
    public Map<String, String> start() {
        String url = server.on("/api/v1/customers/", exchange -> {
            String tenant = reservationsTenant(exchange);
            if (down) {
                send(exchange, 500, "{\"status\":500}");
            } else if (tenant == null) {
                send(exchange, 401, "{\"status\":401}");
            } else {
                String id = exchange.getRequestURI().getPath().substring("/api/v1/customers/".length());
                CustomerView customer = CUSTOMERS.getOrDefault(tenant, Map.of()).get(UUID.fromString(id));
                send(exchange, customer == null ? 404 : 200, customer == null ? "{\"status\":404}"
                        : JSON.writeValueAsString(customer));
            }
        }).start();
        return Map.of("quarkus.rest-client.customer.url", url,
                "smallrye.jwt.sign.key.location",
                HoraeInfrastructure.tokenKeys().signingKey("reservations").toString());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** The tenant a token signed with reservations' key names; null for any other token. */
    private static String reservationsTenant(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return "reservations".equals(header.path("kid").asText()) && claims.path("scope").asText()
                .equals("customers:read") ? claims.path("tenant").asText(null) : null;
    }

}
