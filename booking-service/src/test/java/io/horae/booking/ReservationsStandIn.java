package io.horae.booking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * reservations-service for booking's own tests: holds kept in memory with the same states and answers (a taken
 * start is a 409 with {@code nextStarts}; confirming for another booking is a 409). Every request must carry the
 * internal token it was given. The whole chain with the real service runs in e2e-tests.
 */
public class ReservationsStandIn implements QuarkusTestResourceLifecycleManager {
    static final Map<String, JsonObject> HOLDS = new ConcurrentHashMap<>();
    static volatile boolean taken;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/v1/reservations", ReservationsStandIn::answer);
        server.start();
        return Map.of("quarkus.rest-client.reservations.url", "http://localhost:" + server.getAddress().getPort(),
                "smallrye.jwt.sign.key.location", HoraeInfrastructure.tokenKeys().signingKey("booking").toString());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** A hold as a client would have taken it before booking. */
    static String held(UUID resource, UUID service, OffsetDateTime start) {
        JsonObject hold = hold(new JsonArray().add(new JsonObject().put("resourceId", resource.toString())
                .put("serviceId", service.toString()).put("start", start.toString())), 600);
        return hold.getString("id");
    }

    /** Confirms a hold as if a booking had done so. */
    static void confirmFor(String id, UUID booking) {
        HOLDS.get(id).put("status", "CONFIRMED").put("bookingId", booking.toString());
    }

    static String status(String id) {
        return HOLDS.get(id).getString("status");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ey")) {
            send(exchange, 401, new JsonObject().put("status", 401));
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String rest = exchange.getRequestURI().getPath().substring("/api/v1/reservations".length());
        String[] path = rest.split("/");
        if (rest.isEmpty() && exchange.getRequestMethod().equals("POST")) {
            if (taken) {
                send(exchange, 409, new JsonObject().put("type", "about:blank").put("title", "Conflict")
                        .put("status", 409).put("detail", "the time was taken by another hold")
                        .put("errors", new JsonArray()).put("nextStarts", new JsonArray()
                                .add(new JsonObject().put("start", "2030-01-01T10:00:00Z"))));
                return;
            }
            JsonObject request = new JsonObject(body);
            Integer ttl = request.getInteger("ttlSeconds");
            JsonObject hold = hold(request.getJsonArray("lines"), ttl == null ? 600 : ttl);
            hold.put("customerId", request.getString("customerId"));
            hold.put("signedBy", new JsonObject(new String(java.util.Base64.getUrlDecoder()
                    .decode(auth.substring(7).split("\\.")[0]), StandardCharsets.UTF_8)).getString("kid"));
            send(exchange, 201, hold);
            return;
        }
        JsonObject hold = path.length > 1 ? HOLDS.get(path[1]) : null;
        if (hold == null) {
            send(exchange, 404, new JsonObject().put("status", 404).put("title", "Not Found"));
            return;
        }
        String action = path.length > 2 ? path[2] : "";
        synchronized (hold) {
            if (action.equals("confirmation")) {
                String booking = new JsonObject(body).getString("bookingId");
                boolean again = "CONFIRMED".equals(hold.getString("status")) && booking.equals(hold.getString("bookingId"));
                if (!again && !"HELD".equals(hold.getString("status"))) {
                    send(exchange, 409, new JsonObject().put("type", "about:blank").put("title", "Conflict")
                            .put("status", 409).put("detail", "reservation is " + hold.getString("status")));
                    return;
                }
                hold.put("status", "CONFIRMED").put("bookingId", booking);
            } else if (action.equals("release")) {
                if ("HELD".equals(hold.getString("status")) || "CONFIRMED".equals(hold.getString("status"))) {
                    hold.put("status", "RELEASED");
                }
            }
            send(exchange, 200, hold);
        }
    }

    private static JsonObject hold(JsonArray requested, int ttlSeconds) {
        JsonArray lines = new JsonArray();
        for (Object o : requested) {
            JsonObject line = (JsonObject) o;
            OffsetDateTime start = line.getString("start") != null ? OffsetDateTime.parse(line.getString("start"))
                    : OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0);
            lines.add(new JsonObject().put("resourceId", line.getString("resourceId") == null
                            ? UUID.randomUUID().toString() : line.getString("resourceId"))
                    .put("serviceId", line.getString("serviceId") == null
                            ? UUID.randomUUID().toString() : line.getString("serviceId"))
                    .put("classId", line.getString("classId"))
                    .put("start", start.toString()).put("end", start.plusHours(1).toString())
                    .put("seats", line.getInteger("seats") == null ? 1 : line.getInteger("seats")));
        }
        String id = UUID.randomUUID().toString();
        JsonObject hold = new JsonObject().put("id", id).put("status", "HELD")
                .put("expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(ttlSeconds).toString())
                .put("lines", lines);
        HOLDS.put(id, hold);
        return hold;
    }

    private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
