package io.horae.e2e;

import io.horae.testing.Concurrently;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants with two of everything ({@code ./horae up --replicas 2}, profile {@code attack}): two gateways taken
 * in turn as a load balancer would, each service twice on one database. The crowd on one slot, retries with one
 * Idempotency-Key and kill -9 during load hold as with one replica; a key revoked on one gateway stops on the other at
 * once; a tenant's rate limit holds across both gateways. Written to {@code target/replica-attack-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaAttackIT {
    private static final AttackReport REPORT = new AttackReport("replica-attack-report.md", "attack on two replicas");
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        platform = Platform.up("horae-replicas-", Map.of("HORAE_REPLICAS", "2", "HORAE_CLAIM_IN_FLIGHT_GRACE", "15s",
                "HORAE_RATE_LIMIT_PER_SECOND", "100000", "HORAE_RATE_LIMIT_BURST", "100000"));
        assertThat(platform.gateways()).hasSize(2);
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
    void twoHundredClientsOnOneSlotThroughTwoGatewaysBookItExactlyOnce() throws Exception {
        REPORT.put("R1. race: 200 clients, one slot, two gateways", Invariants.crowdOnOneSlot(platform, 200));
    }

    @Test
    @Order(2)
    void retriesWithOneIdempotencyKeyThroughTwoGatewaysHaveOneEffect() throws Exception {
        REPORT.put("R2. 30 concurrent retries, one Idempotency-Key, two gateways",
                Invariants.retriesWithOneKey(platform, 30));
    }

    @Test
    @Order(3)
    void aKeyRevokedOnOneGatewayStopsOnTheOtherAtOnce() throws Exception {
        String first = platform.gateways().get(0);
        String second = platform.gateways().get(1);
        var issued = platform.api().baseUri(first).body("{\"name\":\"till\",\"scopes\":[\"catalog:read\"]}")
                .post("/api/v1/api-keys").then().statusCode(201).extract();
        String key = issued.path("key");
        // the second gateway knows the key now (it trusts a known key for a few seconds without asking again)
        AttackIT.as(key).baseUri(second).get("/api/v1/locations").then().statusCode(200);

        platform.api().baseUri(first).delete("/api/v1/api-keys/" + issued.path("id")).then().statusCode(204);
        long revoked = System.nanoTime();
        int status = 200;
        while (status != 401 && System.nanoTime() - revoked < Duration.ofSeconds(10).toNanos()) {
            status = AttackIT.as(key).baseUri(second).get("/api/v1/locations").statusCode();
        }
        long millis = (System.nanoTime() - revoked) / 1_000_000;
        REPORT.put("R3. key revoked on gateway 1, used on gateway 2", "401 on gateway 2 after " + millis + " ms");
        assertThat(status).isEqualTo(401);
    }

    @Test
    @Order(4)
    void aTenantsRateLimitHoldsAcrossBothGateways() throws Exception {
        String tenant = "limited-" + Long.toHexString(System.nanoTime());
        String admin = platform.api().body("{\"id\":\"" + tenant + "\",\"name\":\"Limited\","
                        + "\"requestsPerSecond\":2,\"burst\":20}")
                .post("/api/v1/tenants").then().statusCode(201).extract().path("apiKey.key");
        List<String> gateways = platform.gateways();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        List<HttpResponse<String>> answers = Concurrently.send(80, () -> HttpRequest.newBuilder(
                        URI.create(gateways.get(next.getAndIncrement() % 2) + "/api/v1/locations"))
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(30)).GET().build());
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1;
        Map<Integer, Long> statuses = Invariants.statuses(answers);
        REPORT.put("R4. 80 requests at once over two gateways, tenant limit 2/s burst 20", "statuses " + statuses
                + " within " + seconds + " s (one gateway alone, or each with the whole limit, would let 40 through)");
        assertThat(statuses).containsOnlyKeys(200, 429);
        // each gateway lets through its half of the burst and one request a second: together the tenant's limit
        assertThat(statuses.get(200)).isBetween(20L, 20L + 2 * seconds);
    }

    @Test
    @Order(5)
    void killingOneReplicaOfBookingAndOfReservationsDuringLoadLeavesNoHalfWrittenBookingOrHold() throws Exception {
        REPORT.put("R5. kill -9 booking-service 1, then reservations-service 2, during load over two gateways",
                Invariants.killDuringLoad(platform, "booking", "reservations-2"));
    }
}
