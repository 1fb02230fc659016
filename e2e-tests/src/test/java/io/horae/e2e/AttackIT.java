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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private static final AttackReport REPORT = new AttackReport("attack-report.md", "attack");
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        // the attacks are about invariants, not the rate limit: the demo tenant may send as fast as it can
        platform = Platform.up("horae-attack-", Map.of("HORAE_CLAIM_IN_FLIGHT_GRACE", "15s",
                "HORAE_RATE_LIMIT_PER_SECOND", "100000", "HORAE_RATE_LIMIT_BURST", "100000"));
    }

    @AfterAll
    static void down() throws Exception {
        REPORT.write();
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    @Test
    @Order(1)
    void twoHundredClientsOnOneSlotBookItExactlyOnce() throws Exception {
        REPORT.put("1. race: 200 clients, one slot", Invariants.crowdOnOneSlot(platform, 200));
    }

    @Test
    @Order(2)
    void concurrentRetriesWithOneIdempotencyKeyHaveOneEffectAndOneAnswer() throws Exception {
        REPORT.put("6. 30 concurrent retries, one Idempotency-Key", Invariants.retriesWithOneKey(platform, 30));
    }

    @Test
    @Order(2)
    void twoOwedSessionsPayTwoBookingsHoweverManyPayWithThemAtOnce() throws Exception {
        REPORT.put("9. 10 bookings paid at once with two owed sessions",
                Invariants.owedSessionsPayAsManyBookings(platform, 10, 2));
    }

    @Test
    @Order(3)
    void malformedInputOnEveryEndpointIsAProblemNeverA5xx() throws Exception {
        Fuzz.Outcome outcome = new Fuzz(platform::api, Map.of("tenant", platform.tenant())).run();
        REPORT.put("4. malformed input, every endpoint", outcome.requests() + " requests to " + outcome.operations()
                + " operations (" + outcome.vendorOperations() + " of them vendor routes); statuses "
                + outcome.statuses() + "; 5xx " + outcome.serverErrors().size()
                + "; 4xx not problem+json (native) or not JSON (vendor) " + outcome.notProblems().size());
        assertThat(outcome.serverErrors()).isEmpty();
        assertThat(outcome.notProblems()).isEmpty();
        assertThat(outcome.operations() - outcome.vendorOperations()).isGreaterThan(60);
        // every Reservanto action, CareCloud's 4, Qmatic's 5 and Recras's 2 routes
        assertThat(outcome.vendorOperations()).isGreaterThanOrEqualTo(101 + 4 + 5 + 2);
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
    @Order(4)
    void anotherTenantsVendorNumbersReadAndChangeNothing() throws Exception {
        VendorCrossTenant attack = new VendorCrossTenant(platform);
        VendorCrossTenant.Outcome outcome = attack.run();
        REPORT.put("10. another tenant's numbers in every id field of every Reservanto action and in Recras's "
                + "status links", outcome.actions() + " calls; statuses " + outcome.statuses()
                + "; answers naming the demo tenant's data or changing its booking " + outcome.leaks().size()
                + "; demo booking and customer unchanged " + outcome.unchanged());
        attack.assertNothingLeaked(outcome);
    }

    @Test
    @Order(5)
    void killingKafkaDuringLoadLosesNoEventAndRepeatsNoEffect() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Kafka", "08:00", "20:00");
        List<String> starts = Invariants.startsOver(platform, calendar, 3);
        String kafka = platform.ready().getProperty("pid.kafka");
        Load load = new Load(platform, starts, 3, true);
        load.killAfter(10, "kafka", kafka);
        load.run();

        List<String> reservations = load.reservations();
        String ids = Invariants.sqlList(reservations);
        Invariants.awaitTrue(Duration.ofMinutes(3), () -> platform.count("horae_reservations",
                "SELECT count(*) FROM reservation WHERE status = 'RELEASED' AND id IN " + ids) == reservations.size());
        Invariants.awaitTrue(Duration.ofMinutes(1), () -> platform.count("horae_availability",
                "SELECT count(*) FROM busy_interval WHERE reservation_id IN " + ids) == 0);
        Invariants.awaitTrue(Duration.ofMinutes(1), () -> platform.count("horae_booking",
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
        long released = platform.count("horae_reservations", "SELECT count(*) FROM outbox_event WHERE type = "
                + "'reservation.released.v1' AND aggregate_id::uuid IN " + ids);
        long repeated = platform.count("horae_reservations", "SELECT count(*) FROM (SELECT aggregate_id FROM "
                + "outbox_event WHERE type = 'reservation.released.v1' GROUP BY aggregate_id HAVING count(*) > 1) r");
        long cancelled = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE status = 'CANCELLED' "
                + "AND reservation_id IN " + ids);
        long offeredAgain = starts.size() - Invariants.countOffered(platform, calendar, 3, starts);
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
        REPORT.put("3. kill -9 booking-service, then reservations-service, during load",
                Invariants.killDuringLoad(platform, "booking", "reservations"));
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
        Map<Integer, Long> nativeStatuses = Invariants.statuses(answers.stream()
                .filter(a -> a.request().uri().getPath().startsWith("/api/")).toList());
        Map<Integer, Long> vendorStatuses = Invariants.statuses(answers.stream()
                .filter(a -> a.request().uri().getPath().startsWith("/v1/")).toList());

        Thread.sleep(20_000);
        long nativeBooked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE starts_at = '"
                + nativeStart + "' AND lines LIKE '%" + calendar.resource() + "%'");
        long vendorBooked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE starts_at = "
                + "to_timestamp(" + vendorStart + ") AND lines LIKE '%" + calendar.resource() + "%'");
        Map<String, String> bookingOf = Invariants.rows(platform, "horae_booking", "SELECT reservation_id, id FROM booking WHERE lines "
                + "LIKE '%" + calendar.resource() + "%'", r -> r[1]);
        List<String> claimedWithoutBooking = Invariants.rows(platform, "horae_reservations", "SELECT DISTINCT r.id FROM reservation r JOIN "
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

    static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType("application/json");
    }
}
