package io.horae.reservations;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * availability-service's HTTP contract, played in-process so a test can make it refuse, fail or hang. Every
 * start is offered for one hour with no buffers unless told otherwise; {@link #capacity} sets a service's seats.
 */
public class AvailabilityStandIn implements QuarkusTestResourceLifecycleManager {
    public enum Mode { OFFER, REFUSE, FAIL, HANG }

    public static volatile Mode mode = Mode.OFFER;
    public static final Map<UUID, Integer> capacity = new ConcurrentHashMap<>();
    /** Class occurrences it knows: id → capacity; each runs tomorrow 18:00-19:00 UTC on a fixed resource. */
    public static final Map<UUID, Integer> classes = new ConcurrentHashMap<>();
    public static final UUID CLASS_RESOURCE = UUID.randomUUID();
    public static final UUID CLASS_SERVICE = UUID.randomUUID();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/api/v1/availability", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String body;
            int status = 200;
            if (!carriesInternalToken(exchange)) {
                status = 401;
                body = "{\"status\":401}";
            } else if (exchange.getRequestURI().getPath().endsWith("/check")) {
                switch (mode) {
                    case FAIL -> {
                        status = 500;
                        body = "{\"status\":500}";
                    }
                    case HANG -> {
                        sleep(10_000);
                        body = "{}";
                    }
                    default -> {
                        OffsetDateTime start = OffsetDateTime.parse(query.get("start"));
                        int seats = capacity.getOrDefault(UUID.fromString(query.get("serviceId")), 1);
                        body = "{\"offered\":" + (mode == Mode.OFFER) + ",\"start\":\"" + start + "\",\"end\":\""
                                + start.plusHours(1) + "\",\"footprintStart\":\"" + start + "\",\"footprintEnd\":\""
                                + start.plusHours(1) + "\",\"capacity\":" + seats + "}";
                    }
                }
            } else if (exchange.getRequestURI().getPath().endsWith("/free-time")) {
                // the whole asked period is free, and an hour on either side
                body = "[{\"start\":\"" + OffsetDateTime.parse(query.get("from")).minusHours(1) + "\",\"end\":\""
                        + OffsetDateTime.parse(query.get("to")).plusHours(1) + "\"}]";
            } else {
                OffsetDateTime from = OffsetDateTime.parse(query.get("from"));
                body = "[{\"resourceId\":\"" + query.get("resourceId") + "\",\"start\":\"" + from.plusHours(1)
                        + "\",\"end\":\"" + from.plusHours(2) + "\"}]";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.createContext("/api/v1/classes/", exchange -> {
            UUID id = UUID.fromString(exchange.getRequestURI().getPath().substring("/api/v1/classes/".length()));
            Integer seats = classes.get(id);
            OffsetDateTime start = OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(1)
                    .truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusHours(18);
            String body = seats == null ? "{\"status\":404}" : "{\"id\":\"" + id + "\",\"serviceId\":\"" + CLASS_SERVICE
                    + "\",\"resourceId\":\"" + CLASS_RESOURCE + "\",\"start\":\"" + start + "\",\"end\":\""
                    + start.plusHours(1) + "\",\"capacity\":" + seats + ",\"seatsLeft\":" + seats + "}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(seats == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.availability.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }

    /** Reservations must ask with the caller's internal token, as any request that reaches availability must. */
    private static boolean carriesInternalToken(com.sun.net.httpserver.HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null && authorization.startsWith("Bearer ey");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
