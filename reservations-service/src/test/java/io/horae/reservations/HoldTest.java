package io.horae.reservations;

import io.horae.testing.InternalTokens;
import io.horae.testing.Concurrently;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(AvailabilityStandIn.class)
class HoldTest {
    private final String tenant = "holds-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID resource = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);

    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void offerAgain() {
        AvailabilityStandIn.mode = AvailabilityStandIn.Mode.OFFER;
    }

    @Test
    void aHoldIsHeldUntilItsExpiryAndAnnounced() {
        String id = api().body(line(start, 1)).post("/api/v1/reservations")
                .then().statusCode(201).body("status", equalTo("HELD")).body("expiresAt", notNullValue())
                .body("lines", hasSize(1)).extract().path("id");
        api().get("/api/v1/reservations/" + id).then().statusCode(200)
                .body("lines[0].resourceId", equalTo(resource.toString()));
        HoraeInfrastructure.topic("horae.reservations").await(r -> id.equals(r.key())
                && r.value().contains("reservation.claimed.v1") && r.value().contains(resource.toString()), Duration.ofSeconds(30));
    }

    @Test
    void twoHundredConcurrentHoldsOnOneExclusiveSlotHoldItOnce() throws Exception {
        List<Integer> statuses = Concurrently.post(200, base.resolve("/api/v1/reservations"), tenant, line(start, 1));

        assertThat(counted(statuses)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(201, 1L, 409, 199L));
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND resource_id = '" + resource + "'")).isEqualTo(1);
        assertThat(sql("""
                SELECT count(*) FROM claim a JOIN claim b ON a.id < b.id AND a.resource_id = b.resource_id
                 AND a.active AND b.active AND a.capacity_key IS NULL AND b.capacity_key IS NULL
                 AND tstzrange(a.footprint_start, a.footprint_end) && tstzrange(b.footprint_start, b.footprint_end)"""))
                .as("overlapping exclusive claims anywhere").isZero();
    }

    @Test
    void aHundredConcurrentHoldsOnACapacityFiveStartTakeFiveSeats() throws Exception {
        AvailabilityStandIn.capacity.put(service, 5);
        List<Integer> statuses = Concurrently.post(100, base.resolve("/api/v1/reservations"), tenant, line(start, 1));

        assertThat(counted(statuses)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(201, 5L, 409, 95L));
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND service_id = '" + service + "'")).isEqualTo(5);
        assertThat(sql("SELECT max(used) FROM capacity_counter WHERE key LIKE '%" + service + "%'")).isEqualTo(5);
        assertThat(sql("SELECT count(*) FROM capacity_counter WHERE used > capacity")).isZero();
    }

    @Test
    void aHundredConcurrentHoldsOnACapacityFiveClassTakeFiveSeats() throws Exception {
        UUID yoga = UUID.randomUUID();
        AvailabilityStandIn.classes.put(yoga, 5);
        List<Integer> statuses = Concurrently.post(100, base.resolve("/api/v1/reservations"), tenant,
                "{\"lines\":[{\"classId\":\"" + yoga + "\"}]}");

        assertThat(counted(statuses)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(201, 5L, 409, 95L));
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND class_id = '" + yoga + "'")).isEqualTo(5);
        assertThat(sql("SELECT used FROM capacity_counter WHERE key = 'class/" + yoga + "'")).isEqualTo(5);
        api().body("{\"lines\":[{\"classId\":\"" + UUID.randomUUID() + "\"}]}").post("/api/v1/reservations")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].classId"));
        api().body("{\"lines\":[{\"serviceId\":\"" + service + "\"}]}").post("/api/v1/reservations")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0]"));
    }

    @Test
    void aRentalHoldsTheResourceForItsPeriodAndNothingMayOverlapIt() throws Exception {
        OffsetDateTime from = start.plusDays(10);
        String rental = "{\"lines\":[{\"resourceId\":\"" + resource + "\",\"start\":\"" + from + "\",\"end\":\""
                + from.plusHours(5) + "\"}]}";
        api().body(rental).post("/api/v1/reservations").then().statusCode(201)
                .body("lines[0].serviceId", org.hamcrest.Matchers.nullValue())
                .body("lines[0].end", notNullValue());
        // a service start inside the rented period is refused by the database itself
        api().body(line(from.plusHours(2), 1)).post("/api/v1/reservations").then().statusCode(409);
        api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"start\":\"" + from.plusHours(4) + "\",\"end\":\""
                + from.plusHours(6) + "\"}]}").post("/api/v1/reservations").then().statusCode(409);
        api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"start\":\"" + from + "\",\"end\":\""
                + from.plusDays(100) + "\"}]}").post("/api/v1/reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0]"));
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND resource_id = '" + resource + "'")).isEqualTo(1);
    }

    @Test
    void aTenantCannotHoardMoreHoldsThanItsCap() {
        for (int i = 0; i < 20; i++) {
            api().body(line(start.plusHours(i), 1)).post("/api/v1/reservations").then().statusCode(201);
        }
        api().body(line(start.plusHours(20), 1)).post("/api/v1/reservations")
                .then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void oneCustomerAndOneClientAddressHoldOnlyAFewStartsEvenAllAtOnce() {
        UUID customer = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            hold(start.plusHours(i), customer, "198.51.100.7").then().statusCode(201);
        }
        hold(start.plusHours(5), customer, "198.51.100.8").then().statusCode(429)
                .contentType("application/problem+json");
        hold(start.plusHours(5), UUID.randomUUID(), "198.51.100.8").then().statusCode(201);

        java.util.concurrent.atomic.AtomicInteger hour = new java.util.concurrent.atomic.AtomicInteger(6);
        List<Integer> statuses = Concurrently.send(12, () -> java.net.http.HttpRequest.newBuilder(
                        base.resolve("/api/v1/reservations")).header("Content-Type", "application/json")
                        .header("Authorization", InternalTokens.bearer(tenant))
                        .header("Horae-Client-Address", "198.51.100.9")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(line(start.plusHours(
                                hour.getAndIncrement()), 1))).build())
                .stream().map(java.net.http.HttpResponse::statusCode).toList();
        assertThat(counted(statuses)).as("max-held-per-client is 10 in the tests")
                .containsEntry(201, 10L).containsEntry(429, 2L);
    }

    @Test
    void anotherTenantsReleaseAnswers404WithoutWaitingForTheRowsLock() throws Exception {
        String id = api().body(line(start.plusDays(3), 1)).post("/api/v1/reservations").then().statusCode(201)
                .extract().path("id");
        try (Connection db = HoraeInfrastructure.database()) {
            db.setAutoCommit(false);
            db.createStatement().execute("SELECT 1 FROM reservation WHERE id = '" + id + "' FOR UPDATE");
            // the owner's transaction holds the row; another tenant's release must not queue behind it
            java.util.concurrent.CompletableFuture<Integer> foreign = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                            .body("{}").post("/api/v1/reservations/" + id + "/release").statusCode());
            assertThat(foreign.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(404);
            db.rollback();
        }
    }

    private io.restassured.response.Response hold(OffsetDateTime at, UUID customer, String clientAddress) {
        return api().header("Horae-Client-Address", clientAddress)
                .body(line(at, 1).replace("]}", "],\"customerId\":\"" + customer + "\"}"))
                .post("/api/v1/reservations");
    }

    @Test
    void theLoserOfARaceIsOfferedTheNextStarts() {
        api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(201);
        api().body(line(start.plusMinutes(30), 1)).post("/api/v1/reservations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("nextStarts[0].resourceId", equalTo(resource.toString()));
        AvailabilityStandIn.mode = AvailabilityStandIn.Mode.REFUSE;
        api().body(line(start.plusDays(1), 1)).post("/api/v1/reservations").then().statusCode(409)
                .body("detail", equalTo("lines[0]: this start is not offered"));
    }

    @Test
    void aHoldWhoseAvailabilityCheckFailsOrHangsWritesNothing() throws Exception {
        long before = sql("SELECT count(*) FROM reservation WHERE tenant_id = '" + tenant + "'");
        AvailabilityStandIn.mode = AvailabilityStandIn.Mode.FAIL;
        api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(503)
                .contentType("application/problem+json");
        AvailabilityStandIn.mode = AvailabilityStandIn.Mode.HANG;
        api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(503);
        assertThat(sql("SELECT count(*) FROM reservation WHERE tenant_id = '" + tenant + "'")).isEqualTo(before);
        assertThat(sql("SELECT count(*) FROM claim WHERE resource_id = '" + resource + "'")).isZero();
    }

    @Test
    void anExpiredHoldFreesTheSlotAndIsAnnounced() throws Exception {
        String id = api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(201).extract().path("id");
        update("UPDATE reservation SET expires_at = now() - interval '1 second' WHERE id = '" + id + "'");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/reservations/" + id).then().body("status", equalTo("EXPIRED")));
        api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(201);
        BookingClaimTest.claim(tenant, id, "{\"kind\":\"HOLD\",\"bookingId\":\"" + UUID.randomUUID() + "\"}")
                .then().statusCode(409);
        HoraeInfrastructure.topic("horae.reservations").await(r -> id.equals(r.key())
                && r.value().contains("reservation.expired.v1"), Duration.ofSeconds(30));
    }

    @Test
    void aCancelledBookingsEventReleasesItsClaimOnceEvenIfDeliveredTwice() throws Exception {
        String id = api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(201).extract().path("id");
        UUID eventId = UUID.randomUUID();
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/horae/booking\","
                + "\"type\":\"booking.cancelled.v1\",\"subject\":\"b-1\",\"time\":\"" + OffsetDateTime.now() + "\","
                + "\"tenantid\":\"" + tenant + "\",\"data\":{\"bookingId\":\"" + UUID.randomUUID()
                + "\",\"reservationId\":\"" + id + "\",\"reason\":\"customer\"}}";
        HoraeInfrastructure.topic("horae.bookings").send(id, event);
        HoraeInfrastructure.topic("horae.bookings").send(id, event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/reservations/" + id).then().body("status", equalTo("RELEASED")));
        api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> sql(
                "SELECT count(*) FROM inbox_event WHERE consumer = 'reservations-releases' AND event_id = '"
                        + eventId + "'") == 1);
        HoraeInfrastructure.topic("horae.reservations").await(r -> id.equals(r.key())
                && r.value().contains("reservation.released.v1"), Duration.ofSeconds(30));
        assertThat(HoraeInfrastructure.topic("horae.reservations").readToEnd())
                .filteredOn(r -> id.equals(r.key()) && r.value().contains("reservation.released.v1")).hasSize(1);
    }

    @Test
    void retriesWithOneIdempotencyKeyHaveOneEffect() throws Exception {
        String first = api().header("Idempotency-Key", "k-1").body(line(start, 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().asString();
        String again = api().header("Idempotency-Key", "k-1").body(line(start, 1)).post("/api/v1/reservations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        api().header("Idempotency-Key", "k-1").body(line(start.plusDays(1), 1)).post("/api/v1/reservations")
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(sql("SELECT count(*) FROM reservation WHERE tenant_id = '" + tenant + "'")).isEqualTo(1);

        // twenty concurrent retries of a new key: the first runs, the others wait for it and get its answer
        var responses = Concurrently.send(20, java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/reservations"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-2")
                .header("Authorization", InternalTokens.bearer(tenant))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(line(start.plusDays(2), 1))).build());
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(responses.stream().map(java.net.http.HttpResponse::body).distinct()).hasSize(1);
        assertThat(sql("SELECT count(*) FROM reservation WHERE tenant_id = '" + tenant + "'")).isEqualTo(2);
    }

    @Test
    void badInputAndOtherTenantsAreRefused() {
        String id = api().body(line(start, 1)).post("/api/v1/reservations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).get("/api/v1/reservations/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .post("/api/v1/reservations/" + id + "/release").then().statusCode(404);
        api().body("{\"lines\":[]}").post("/api/v1/reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("lines"));
        api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                + "\",\"start\":\"tomorrow\"}]}").post("/api/v1/reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].start"));
        api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\""
                + start + "\",\"seats\":-2}],\"ttlSeconds\":5}").post("/api/v1/reservations").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("lines[0].seats", "ttlSeconds"));
        api().body(line(start.plusDays(2), 2)).post("/api/v1/reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].seats"));
    }

    private static java.util.Map<Integer, Long> counted(List<Integer> statuses) {
        return statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
    }

    private String line(OffsetDateTime at, int seats) {
        return "{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\"" + at
                + "\",\"seats\":" + seats + "}]}";
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }

    private static long sql(String query) throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(String statement) throws Exception {
        try (Connection db = HoraeInfrastructure.database()) {
            db.createStatement().executeUpdate(statement);
        }
    }
}
