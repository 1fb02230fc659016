package io.horae.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import io.horae.claims.BookingClaim;
import io.horae.claims.ClaimLine;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.horae.claims.ReservationStatus;
import io.horae.events.reservation.ClaimedLine;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.StandInServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.horae.testing.StandInServer.send;

/**
 * reservations-service for booking's own tests, speaking the claims-api contract: reservations kept in memory with
 * the same states and answers (a taken start is a 409 with {@code nextStarts}; a hold another booking took is a 409;
 * a release of an id never claimed forestalls a later claim). Only booking-service's own token reaches it. The whole
 * chain with the real service runs in e2e-tests. {@link #claimDelayMillis} makes claims slow, as a swamped
 * reservations-service would be.
 */
public class ReservationsStandIn implements QuarkusTestResourceLifecycleManager {
    static final Map<UUID, ClaimedReservation> RESERVATIONS = new ConcurrentHashMap<>();
    /** The key id that signed the token of each claim or hold. */
    static final Map<UUID, String> SIGNED_BY = new ConcurrentHashMap<>();
    /** How many releases each reservation received. */
    static final Map<UUID, Integer> RELEASES = new ConcurrentHashMap<>();
    static volatile boolean taken;
    static volatile long claimDelayMillis;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final StandInServer server = new StandInServer(16);

    @Override
    public Map<String, String> start() {
        String url = server.on("/internal/v1/reservations/", ReservationsStandIn::internal)
                .on("/api/v1/reservations", ReservationsStandIn::hold).start();
        return Map.of("quarkus.rest-client.reservations.url", url,
                "smallrye.jwt.sign.key.location", HoraeInfrastructure.tokenKeys().signingKey("booking").toString());
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** A hold as a client would have taken it before booking. */
    static String held(UUID resource, UUID service, OffsetDateTime start) {
        ClaimedReservation hold = new ClaimedReservation(UUID.randomUUID(), ReservationStatus.HELD, null, null,
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10), OffsetDateTime.now(ZoneOffset.UTC),
                List.of(line(new ClaimLine.ServiceStart(resource, service, start, 1))));
        RESERVATIONS.put(hold.id(), hold);
        return hold.id().toString();
    }

    static String status(String id) {
        ClaimedReservation reservation = RESERVATIONS.get(UUID.fromString(id));
        return reservation == null ? null : reservation.status().name();
    }

    static ClaimedReservation reservation(String id) {
        return RESERVATIONS.get(UUID.fromString(id));
    }

    private static void internal(HttpExchange exchange) throws IOException {
        if (!"booking".equals(signer(exchange))) {
            send(exchange, 403, "{\"status\":403,\"title\":\"Forbidden\"}");
            return;
        }
        UUID id = UUID.fromString(exchange.getRequestURI().getPath().substring("/internal/v1/reservations/".length()));
        if (exchange.getRequestMethod().equals("DELETE")) {
            String query = exchange.getRequestURI().getQuery();
            RELEASES.merge(id, 1, Integer::sum);
            UUID booking = query != null && query.contains("bookingId=")
                    ? UUID.fromString(query.replaceAll(".*bookingId=([0-9a-f-]{36}).*", "$1")) : null;
            ClaimedReservation released = RESERVATIONS.compute(id, (k, r) -> r == null
                    ? new ClaimedReservation(id, ReservationStatus.RELEASED, null, booking, null, null, List.of())
                    : booking == null || booking.equals(r.bookingId()) ? with(r, ReservationStatus.RELEASED, r.bookingId(),
                    r.expiresAt()) : r);
            send(exchange, 200, JSON.writeValueAsString(released));
            return;
        }
        BookingClaim claim = JSON.readValue(exchange.getRequestBody(), BookingClaim.class);
        sleep(claimDelayMillis);
        synchronized (RESERVATIONS) {
            ClaimedReservation existing = RESERVATIONS.get(id);
            if (claim instanceof BookingClaim.NewLines lines) {
                if (existing != null) {
                    boolean again = claim.bookingId().equals(existing.bookingId())
                            && existing.status() != ReservationStatus.RELEASED;
                    send(exchange, again ? 200 : 409, again ? JSON.writeValueAsString(existing) : conflict("in use"));
                    return;
                }
                if (taken) {
                    send(exchange, 409, "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":"
                            + "\"the time was taken by another reservation\",\"errors\":[],\"nextStarts\":"
                            + "[{\"start\":\"2030-01-01T10:00:00Z\"}]}");
                    return;
                }
                ClaimedReservation made = new ClaimedReservation(id, lines.heldUntil() == null
                        ? ReservationStatus.CONFIRMED : ReservationStatus.HELD, lines.customerId(), lines.bookingId(),
                        lines.heldUntil(), OffsetDateTime.now(ZoneOffset.UTC),
                        lines.lines().stream().map(ReservationsStandIn::line).toList());
                RESERVATIONS.put(id, made);
                SIGNED_BY.put(id, signer(exchange));
                send(exchange, 200, JSON.writeValueAsString(made));
                return;
            }
            if (existing == null) {
                send(exchange, 404, "{\"status\":404,\"title\":\"Not Found\"}");
                return;
            }
            boolean open = existing.status() == ReservationStatus.HELD && (existing.bookingId() == null
                    || existing.bookingId().equals(claim.bookingId()))
                    || existing.status() == ReservationStatus.CONFIRMED && claim.bookingId().equals(existing.bookingId());
            if (!open) {
                send(exchange, 409, conflict("reservation " + id + " is " + existing.status()));
                return;
            }
            ClaimedReservation tookOver = with(existing, claim.heldUntil() == null
                            || existing.status() == ReservationStatus.CONFIRMED ? ReservationStatus.CONFIRMED
                            : ReservationStatus.HELD, claim.bookingId(),
                    claim.heldUntil() == null ? null : existing.expiresAt());
            RESERVATIONS.put(id, tookOver);
            send(exchange, 200, JSON.writeValueAsString(tookOver));
        }
    }

    /** A waiting list's offer: a hold on the lines for the customer. */
    private static void hold(HttpExchange exchange) throws IOException {
        HoldRequest request = JSON.readValue(exchange.getRequestBody(), HoldRequest.class);
        ClaimedReservation hold = new ClaimedReservation(UUID.randomUUID(), ReservationStatus.HELD,
                request.customerId(), null, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(request.ttlSeconds()),
                OffsetDateTime.now(ZoneOffset.UTC), request.lines().stream().map(LineRequest::line)
                .map(ReservationsStandIn::line).toList());
        RESERVATIONS.put(hold.id(), hold);
        SIGNED_BY.put(hold.id(), signer(exchange));
        send(exchange, 201, JSON.writeValueAsString(hold));
    }

    private static ClaimedLine line(ClaimLine line) {
        if (line instanceof ClaimLine.ServiceStart s) {
            return new ClaimedLine(UUID.randomUUID(), s.resourceId(), s.serviceId(), null, s.start(),
                    s.start().plusHours(1), s.start(), s.start().plusHours(1), s.seats());
        }
        if (line instanceof ClaimLine.ClassSeats c) {
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0);
            return new ClaimedLine(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), c.classId(), start,
                    start.plusHours(1), start, start.plusHours(1), c.seats());
        }
        if (line instanceof ClaimLine.Rental r) {
            return new ClaimedLine(UUID.randomUUID(), r.resourceId(), null, null, r.start(), r.end(), r.start(),
                    r.end(), 1);
        }
        ClaimLine.ProductPieces p = (ClaimLine.ProductPieces) line;
        return new ClaimedLine(UUID.randomUUID(), null, null, null, p.start(), p.start(), null, null, p.amount(),
                p.productId(), p.locationId());
    }

    private static ClaimedReservation with(ClaimedReservation r, ReservationStatus status, UUID booking,
                                           OffsetDateTime expiresAt) {
        return new ClaimedReservation(r.id(), status, r.customerId(), booking, expiresAt, r.createdAt(), r.lines());
    }

    private static String conflict(String detail) {
        return "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"" + detail
                + "\",\"errors\":[]}";
    }

    /** The key id in the header of the request's token, or null without one. */
    private static String signer(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ey")) {
            return null;
        }
        String header = new String(Base64.getUrlDecoder().decode(auth.substring(7).split("\\.")[0]),
                StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
