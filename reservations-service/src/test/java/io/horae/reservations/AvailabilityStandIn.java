package io.horae.reservations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import io.horae.catalogue.api.FreeStart;
import io.horae.claims.ClaimLine;
import io.horae.claims.LineOffer;
import io.horae.testing.StandInServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.horae.testing.StandInServer.send;

/**
 * availability-service's HTTP contract (the claims-api shapes), played in-process so a test can make it refuse,
 * fail or hang. Every start is offered for one hour with no buffers unless told otherwise; {@link #capacity} sets a
 * service's seats, {@link #classes} the classes it knows.
 */
public class AvailabilityStandIn implements QuarkusTestResourceLifecycleManager {
    public enum Mode { OFFER, REFUSE, FAIL, HANG }

    public static volatile Mode mode = Mode.OFFER;
    public static final Map<UUID, Integer> capacity = new ConcurrentHashMap<>();
    /** Class occurrences it knows: id → capacity; each runs tomorrow 18:00-19:00 UTC on a fixed resource. */
    public static final Map<UUID, Integer> classes = new ConcurrentHashMap<>();
    public static final UUID CLASS_RESOURCE = UUID.randomUUID();
    public static final UUID CLASS_SERVICE = UUID.randomUUID();
    /** How many questions were asked, lines and all. */
    public static final AtomicInteger questions = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final StandInServer server = new StandInServer(16);

    @Override
    public Map<String, String> start() {
        String url = server.on("/api/v1/availability", exchange -> {
            if (!carriesInternalToken(exchange)) {
                send(exchange, 401, "{\"status\":401}");
            } else if (exchange.getRequestURI().getPath().endsWith("/bookable")) {
                questions.incrementAndGet();
                LineOffer.Question question = JSON.readValue(exchange.getRequestBody(), LineOffer.Question.class);
                switch (mode) {
                    case FAIL -> send(exchange, 500, "{\"status\":500}");
                    case HANG -> {
                        sleep(10_000);
                        send(exchange, 200, "[]");
                    }
                    default -> send(exchange, 200, JSON.writeValueAsString(question.lines().stream()
                            .map(AvailabilityStandIn::offer).toList()));
                }
            } else {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                OffsetDateTime from = OffsetDateTime.parse(query.get("from"));
                send(exchange, 200, JSON.writeValueAsString(List.of(new FreeStart(
                        UUID.fromString(query.get("resourceId")), from.plusHours(1).toInstant(),
                        from.plusHours(2).toInstant()))));
            }
        }).start();
        return Map.of("quarkus.rest-client.availability.url", url);
    }

    private static LineOffer offer(ClaimLine line) {
        if (mode == Mode.REFUSE) {
            return LineOffer.notOffered("this start is not offered");
        }
        if (line instanceof ClaimLine.ServiceStart s) {
            int seats = capacity.getOrDefault(s.serviceId(), 1);
            if (s.seats() > seats) {
                return LineOffer.invalid("seats", "an exclusive start takes one seat");
            }
            return LineOffer.offered(s.start(), s.start().plusHours(1), s.start(), s.start().plusHours(1), seats,
                    s.resourceId(), s.serviceId());
        }
        if (line instanceof ClaimLine.ClassSeats c) {
            Integer seats = classes.get(c.classId());
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.DAYS)
                    .plusHours(18);
            return seats == null ? LineOffer.invalid("classId", "is not a class of this merchant")
                    : LineOffer.offered(start, start.plusHours(1), start, start.plusHours(1), seats, CLASS_RESOURCE,
                    CLASS_SERVICE);
        }
        ClaimLine.Rental r = (ClaimLine.Rental) line;
        return LineOffer.offered(r.start(), r.end(), r.start(), r.end(), 1, r.resourceId(), null);
    }

    @Override
    public void stop() {
        server.stop();
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
    private static boolean carriesInternalToken(HttpExchange exchange) {
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
