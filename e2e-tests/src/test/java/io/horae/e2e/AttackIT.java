package io.horae.e2e;

import io.horae.testing.Concurrently;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants under attack (profile {@code attack}): a crowd on one slot, Kafka and services killed with SIGKILL
 * during load, malformed input on every endpoint, another tenant's ids on every object endpoint, and concurrent
 * retries with one Idempotency-Key. Every count is checked against the databases afterwards and written to
 * {@code target/attack-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackIT {
    private static final Map<String, String> REPORT = Collections.synchronizedMap(new TreeMap<>());
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        // the attacks are about invariants, not the rate limit: the demo tenant may send as fast as it can
        platform = Platform.up("horae-attack-", Map.of("HORAE_CLAIM_IN_FLIGHT_GRACE", "15s",
                "HORAE_RATE_LIMIT_PER_SECOND", "100000", "HORAE_RATE_LIMIT_BURST", "100000"));
    }

    @AfterAll
    static void down() throws Exception {
        StringBuilder report = new StringBuilder("| attack | measured |\n|---|---|\n");
        REPORT.forEach((attack, measured) -> report.append("| ").append(attack).append(" | ").append(measured)
                .append(" |\n"));
        Files.writeString(Path.of("target", "attack-report.md"), report);
        System.out.println(report);
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    @Test
    @Order(1)
    void twoHundredClientsOnOneSlotBookItExactlyOnce() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Race");
        String start = calendar.startsOfDay().get(0);
        List<HttpResponse<String>> responses = Concurrently.send(200,
                platform.post("/api/v1/bookings", "{\"lines\":[" + calendar.line(start) + "]}").build());

        Map<Integer, Long> statuses = statuses(responses);
        long booked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE status <> 'CANCELLED' "
                + "AND lines LIKE '%" + calendar.resource() + "%'");
        long claims = platform.count("horae_reservations", "SELECT count(*) FROM claim WHERE active AND resource_id = '"
                + calendar.resource() + "'");
        REPORT.put("1. race: 200 clients, one slot", "statuses " + statuses + "; bookings in SQL " + booked
                + ", active claims " + claims);
        assertThat(statuses.get(201)).isEqualTo(1);
        // the others learn the slot is taken (409) or, while the just-started services are swamped, that nothing
        // was booked and they may try again (503); the report keeps the count of each
        assertThat(statuses.keySet()).allMatch(s -> s == 201 || s == 409 || s == 503);
        assertThat(booked).isEqualTo(1);
        assertThat(claims).isEqualTo(1);
    }

    @Test
    @Order(2)
    void concurrentRetriesWithOneIdempotencyKeyHaveOneEffectAndOneAnswer() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Retries");
        String key = "retry-" + System.nanoTime();
        List<HttpResponse<String>> responses = Concurrently.send(30, platform.post("/api/v1/bookings",
                "{\"lines\":[" + calendar.line(calendar.startsOfDay().get(1)) + "]}")
                .header("Idempotency-Key", key).build());

        Set<String> bodies = responses.stream().map(HttpResponse::body).collect(Collectors.toSet());
        long booked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE lines LIKE '%"
                + calendar.resource() + "%'");
        long holds = platform.count("horae_reservations", "SELECT count(DISTINCT reservation_id) FROM claim "
                + "WHERE resource_id = '" + calendar.resource() + "'");
        REPORT.put("6. 30 concurrent retries, one Idempotency-Key", "statuses " + statuses(responses)
                + "; distinct bodies " + bodies.size() + "; bookings in SQL " + booked + ", holds " + holds);
        assertThat(statuses(responses)).containsOnlyKeys(201);
        assertThat(bodies).hasSize(1);
        assertThat(booked).isEqualTo(1);
        assertThat(holds).isEqualTo(1);
    }

    @Test
    @Order(3)
    void malformedInputOnEveryEndpointIsAProblemNeverA5xx() throws Exception {
        Fuzz.Outcome outcome = new Fuzz(platform::api).run();
        REPORT.put("4. malformed input, every endpoint", outcome.requests() + " requests to " + outcome.operations()
                + " operations; statuses " + outcome.statuses() + "; 5xx " + outcome.serverErrors().size()
                + "; 4xx without problem+json " + outcome.notProblems().size());
        assertThat(outcome.serverErrors()).isEmpty();
        assertThat(outcome.notProblems()).isEmpty();
        assertThat(outcome.operations()).isGreaterThan(60);
    }

    @Test
    @Order(4)
    void anotherTenantsIdsAreNotFoundOnEveryObjectEndpoint() throws Exception {
        CrossTenant.Outcome outcome = new CrossTenant(platform::api).run();
        REPORT.put("5. another tenant's ids, every object endpoint", outcome.requests() + " requests to "
                + outcome.operations() + " operations; statuses " + outcome.statuses() + "; reads that answered "
                + outcome.leaks().size() + "; objects changed " + outcome.changed().size());
        assertThat(outcome.leaks()).isEmpty();
        assertThat(outcome.changed()).isEmpty();
        assertThat(outcome.operations()).isGreaterThan(30);
    }

    @Test
    @Order(5)
    void killingKafkaDuringLoadLosesNoEventAndRepeatsNoEffect() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Kafka", "08:00", "20:00");
        List<String> starts = startsOver(calendar, 3);
        String kafka = platform.ready().getProperty("pid.kafka");
        Load load = new Load(platform, starts, 3, true);
        load.killAfter(10, "kafka", kafka);
        load.run();

        List<String> reservations = load.reservations();
        String ids = sqlList(reservations);
        awaitTrue(Duration.ofMinutes(3), () -> platform.count("horae_reservations",
                "SELECT count(*) FROM reservation WHERE status = 'RELEASED' AND id IN " + ids) == reservations.size());
        awaitTrue(Duration.ofMinutes(1), () -> platform.count("horae_availability",
                "SELECT count(*) FROM busy_interval WHERE reservation_id IN " + ids) == 0);
        awaitTrue(Duration.ofMinutes(1), () -> platform.count("horae_booking",
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
        long released = platform.count("horae_reservations", "SELECT count(*) FROM outbox_event WHERE type = "
                + "'reservation.released.v1' AND aggregate_id::uuid IN " + ids);
        long repeated = platform.count("horae_reservations", "SELECT count(*) FROM (SELECT aggregate_id FROM "
                + "outbox_event WHERE type = 'reservation.released.v1' GROUP BY aggregate_id HAVING count(*) > 1) r");
        long cancelled = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE status = 'CANCELLED' "
                + "AND reservation_id IN " + ids);
        long offeredAgain = starts.size() - countOffered(calendar, 3, starts);
        REPORT.put("2. kill -9 Kafka during load", load.summary() + "; booked and cancelled " + reservations.size()
                + ", bookings CANCELLED in SQL " + cancelled + ", claims RELEASED once " + released
                + ", released twice " + repeated + ", busy intervals left 0, unpublished events 0, starts not "
                + "offered again " + offeredAgain);
        assertThat(load.killed()).containsExactly("kafka");
        assertThat(reservations).hasSizeGreaterThan(20);
        assertThat(cancelled).isEqualTo(reservations.size());
        assertThat(released).isEqualTo(reservations.size());
        assertThat(repeated).isZero();
        assertThat(offeredAgain).isZero();
    }

    @Test
    @Order(6)
    void killingBookingAndReservationsDuringLoadLeavesNoHalfWrittenBookingOrHold() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Crash", "08:00", "20:00");
        List<String> starts = startsOver(calendar, 5);
        var ready = platform.ready();
        Load load = new Load(platform, starts, 3, false);
        load.killAfter(8, "booking", ready.getProperty("pid.booking"));
        load.killAfter(30, "reservations", ready.getProperty("pid.reservations"));
        load.run();
        awaitTrue(Duration.ofMinutes(3), () -> {
            var now = platform.ready();
            return !now.getProperty("pid.booking").equals(ready.getProperty("pid.booking"))
                    && !now.getProperty("pid.reservations").equals(ready.getProperty("pid.reservations"))
                    && now.getProperty("ready_ms.booking") != null && now.getProperty("ready_ms.reservations") != null;
        });

        // held claims whose booking was never committed are released after the grace (15 s here)
        Map<String, String> bookings = new HashMap<>();
        Map<String, String[]> holds = new HashMap<>();
        awaitTrue(Duration.ofMinutes(2), () -> {
            bookings.clear();
            holds.clear();
            bookings.putAll(rows("horae_booking", "SELECT id, reservation_id FROM booking WHERE lines LIKE '%"
                    + calendar.resource() + "%'", r -> r[1]));
            holds.putAll(rows("horae_reservations", "SELECT DISTINCT r.id, r.status, coalesce(r.booking_id::text, '') "
                    + "FROM reservation r JOIN claim c ON c.reservation_id = r.id WHERE c.resource_id = '"
                    + calendar.resource() + "'", r -> r));
            return holds.values().stream().noneMatch(h -> h[1].equals("CONFIRMED") && !bookings.containsKey(h[2]));
        });
        List<String> lost = load.booked().stream().filter(id -> !bookings.containsKey(id)).toList();
        List<String> withoutClaim = bookings.entrySet().stream().filter(b -> {
            String[] hold = holds.get(b.getValue());
            return hold == null || !hold[1].equals("CONFIRMED") || !hold[2].equals(b.getKey());
        }).map(Map.Entry::getKey).toList();
        List<String> claimWithoutBooking = holds.values().stream()
                .filter(h -> h[1].equals("CONFIRMED") && !bookings.containsKey(h[2])).map(h -> h[0]).toList();
        Map<String, Long> holdStates = holds.values().stream().collect(Collectors.groupingBy(h -> h[1],
                TreeMap::new, Collectors.counting()));
        REPORT.put("3. kill -9 booking-service, then reservations-service, during load", load.summary()
                + "; bookings answered 201 " + load.booked().size() + ", in SQL " + bookings.size() + ", lost "
                + lost.size() + ", without a confirmed claim " + withoutClaim.size() + ", confirmed claims without "
                + "a booking " + claimWithoutBooking.size() + "; reservations by state " + holdStates);
        assertThat(load.killed()).containsExactlyInAnyOrder("booking", "reservations");
        assertThat(lost).isEmpty();
        assertThat(withoutClaim).isEmpty();
        assertThat(claimWithoutBooking).isEmpty();
        assertThat(platform.count("horae_reservations", "SELECT count(*) FROM claim a JOIN claim b ON a.id < b.id "
                + "AND a.resource_id = b.resource_id AND a.active AND b.active AND a.capacity_key IS NULL "
                + "AND b.capacity_key IS NULL AND tstzrange(a.footprint_start, a.footprint_end) "
                + "&& tstzrange(b.footprint_start, b.footprint_end)")).as("overlapping claims").isZero();
    }

    @Test
    @Order(8)
    void webhookReceiversInsideTheNetworkAreRefused() {
        List<String> inside = List.of("http://127.0.0.1:8081/hooks", "https://127.0.0.1:8081/hooks",
                "https://localhost:8083/", "https://169.254.169.254/latest/meta-data", "https://10.0.0.7/",
                "https://[::1]:8082/", "https://0.0.0.0:8084/", "https://[::ffff:7f00:1]/", "https://2130706433/");
        Map<Integer, Long> statuses = inside.stream().collect(Collectors.groupingBy(url -> platform.api()
                .body("{\"url\":\"" + url + "\",\"eventTypes\":[\"booking.cancelled.v1\"]}")
                .post("/api/v1/webhooks").then().extract().statusCode(), TreeMap::new, Collectors.counting()));
        REPORT.put("8. webhook subscriptions to loopback, metadata, private and unspecified addresses",
                inside.size() + " tried; statuses " + statuses);
        assertThat(statuses).containsOnlyKeys(400);
    }

    @Test
    @Order(7)
    void aCrowdRightAfterStartGetsOneYesPerSlotAndEveryoneElseAClearNoAndNoClaimOutlivesItsBooking()
            throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Opening");
        long location = reservantoNumber("Location/GetList", "{}", "Locations", "LocationId", "Opening");
        long resource = reservantoNumber("BookingResource/GetList", "{\"LocationId\":" + location + "}",
                "BookingResources", "BookingResourceId", "Alena");
        long service = ((Number) platform.api().body("{\"BookingResourceId\":" + resource + "}")
                .post("/v1/BookingService/GetForBookingResource").then().statusCode(200)
                .extract().path("BookingServices[0].BookingServiceId")).longValue();
        long customer = ((Number) platform.api().body("{\"FirstName\":\"Eva\",\"LastName\":\"Dvořák\","
                + "\"Email\":\"eva@example.cz\"}").post("/v1/Customer/Create").then().statusCode(200)
                .extract().path("CustomerId")).longValue();
        String nativeStart = calendar.startsOfDay().get(0);
        long vendorStart = java.time.OffsetDateTime.parse(calendar.startsOfDay().get(1)).toEpochSecond();

        // the platform is started again: cold JVMs, and the crowd arrives the moment it reports ready
        platform = platform.restarted();
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            requests.add(platform.post("/api/v1/bookings", "{\"lines\":[" + calendar.line(nativeStart) + "]}")
                    .build());
            requests.add(platform.post("/v1/EmsLike/CreateBooking", "{\"BookingStart\":" + vendorStart
                    + ",\"BookingResourceId\":" + resource + ",\"BookingServiceId\":" + service + ",\"Count\":1,"
                    + "\"CustomerId\":" + customer + ",\"PaymentRequiredProcess\":0}").build());
        }
        java.util.Iterator<HttpRequest> next = requests.iterator();
        List<HttpResponse<String>> answers = Concurrently.send(requests.size(), () -> {
            synchronized (next) {
                return next.next();
            }
        });
        Map<Integer, Long> nativeStatuses = statuses(answers.stream()
                .filter(a -> a.request().uri().getPath().startsWith("/api/")).toList());
        Map<Integer, Long> vendorStatuses = statuses(answers.stream()
                .filter(a -> a.request().uri().getPath().startsWith("/v1/")).toList());

        Thread.sleep(20_000);
        long nativeBooked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE starts_at = '"
                + nativeStart + "' AND lines LIKE '%" + calendar.resource() + "%'");
        long vendorBooked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE starts_at = "
                + "to_timestamp(" + vendorStart + ") AND lines LIKE '%" + calendar.resource() + "%'");
        Map<String, String> bookingOf = rows("horae_booking", "SELECT reservation_id, id FROM booking WHERE lines "
                + "LIKE '%" + calendar.resource() + "%'", r -> r[1]);
        List<String> claimedWithoutBooking = rows("horae_reservations", "SELECT DISTINCT r.id FROM reservation r JOIN "
                + "claim c ON c.reservation_id = r.id WHERE c.active AND c.resource_id = '" + calendar.resource() + "'",
                r -> r[0]).keySet().stream().filter(id -> !bookingOf.containsKey(id)).toList();
        REPORT.put("7. crowd the moment a restarted platform is ready: 200 native + 200 Reservanto on two slots",
                "native statuses " + nativeStatuses + ", Reservanto statuses " + vendorStatuses + "; bookings in SQL "
                        + nativeBooked + " + " + vendorBooked + "; 20 s later, claims without a booking "
                        + claimedWithoutBooking.size());
        assertThat(nativeStatuses).containsEntry(201, 1L).containsOnlyKeys(201, 409);
        assertThat(vendorStatuses).containsEntry(200, 1L).containsOnlyKeys(200, 409);
        assertThat(nativeBooked).isEqualTo(1);
        assertThat(vendorBooked).isEqualTo(1);
        assertThat(claimedWithoutBooking).isEmpty();
    }

    /** The number Reservanto's {@code action} shows for the object named {@code name} in its {@code list}. */
    private static long reservantoNumber(String action, String body, String list, String field, String name) {
        List<Map<String, Object>> all = platform.api().body(body).post("/v1/" + action).then().statusCode(200)
                .extract().path(list);
        return all.stream().filter(o -> name.equals(o.get("Name"))).map(o -> ((Number) o.get(field)).longValue())
                .findFirst().orElseThrow();
    }

    /** The starts offered on the {@code days} days from a week ahead, as booking lines. */
    private static List<String> startsOver(Calendar calendar, int days) {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            List<String> starts = platform.api().get(calendar.startsOn(LocalDate.now().plusDays(7 + d))).then()
                    .statusCode(200).extract().path("start");
            starts.forEach(s -> lines.add(calendar.line(s)));
        }
        return lines;
    }

    private static long countOffered(Calendar calendar, int days, List<String> lines) throws Exception {
        long offered = 0;
        for (int d = 0; d < days; d++) {
            List<String> starts = platform.api().get(calendar.startsOn(LocalDate.now().plusDays(7 + d))).then()
                    .statusCode(200).extract().path("start");
            offered += starts.stream().filter(s -> lines.stream().anyMatch(l -> l.contains(s))).count();
        }
        return offered;
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new,
                Collectors.counting()));
    }

    private static String sqlList(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
    }

    private static <T> Map<String, T> rows(String database, String query, Function<String[], T> row)
            throws Exception {
        Map<String, T> rows = new HashMap<>();
        try (Connection db = platform.database(database); ResultSet rs = db.createStatement().executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getString(i + 1);
                }
                rows.put(values[0], row.apply(values));
            }
        }
        return rows;
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Duration within, Check check) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true within " + within);
            }
            Thread.sleep(500);
        }
    }

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType("application/json");
    }
}
