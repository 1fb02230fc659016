package io.horae.booking;

import com.sun.net.httpserver.HttpServer;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class WebhookDeliveryTest {
    /** What the receiver got: its headers and body. */
    record Received(Map<String, String> headers, String body) {
    }

    private final String tenant = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int thenAnswer = 200;
    private final AtomicBoolean cutOff = new AtomicBoolean();
    private final AtomicInteger slowReceived = new AtomicInteger();
    private HttpServer receiver;
    @Inject
    Pool pool;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.of(
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("Horae-Signature")),
                    "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("Horae-Delivery-Id")),
                    "type", String.valueOf(exchange.getRequestHeaders().getFirst("Horae-Event-Type"))), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? thenAnswer : status, -1);
            exchange.close();
        });
        receiver.createContext("/huge", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 1024; i++) {
                    body.write(chunk);
                }
            } catch (java.io.IOException e) {
                cutOff.set(true);
            }
        });
        receiver.createContext("/trickle", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    body.write('.');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (java.io.IOException | InterruptedException e) {
                cutOff.set(true);
            }
        });
        receiver.createContext("/slow", exchange -> {
            exchange.getRequestBody().readAllBytes();
            slowReceived.incrementAndGet();
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aFailingReceiverIsRetriedAndEveryDeliveryIsSigned() throws Exception {
        String secret = subscribe("booking.created.v1");
        answers.add(500);
        String booking = book();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
        Received first = received.get(0);
        Received second = received.get(1);
        assertThat(second.headers().get("delivery")).isEqualTo(first.headers().get("delivery"));
        assertThat(second.body()).contains(booking).contains("booking.created.v1");
        assertThat(second.headers().get("type")).isEqualTo("booking.created.v1");
        assertThat(verifies(secret, second)).as("signature").isTrue();
        assertThat(verifies("whsec_someone-else", second)).isFalse();

        String subscription = subscriptionId();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                api().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                        .body("[0].status", equalTo("DELIVERED")).body("[0].attempts", equalTo(2))
                        .body("[0].lastStatus", equalTo(200)));

        String delivery = api().get("/api/v1/webhooks/" + subscription + "/deliveries").then().extract().path("[0].id");
        api().post("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery + "/replay").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
        given().auth().oauth2(InternalTokens.of("other-" + tenant))
                .get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(404);
    }

    @Test
    void aPausedSubscriptionKeepsWhatHappensAndARotatedSecretSignsBesideTheOldOne() throws Exception {
        String old = subscribe("booking.created.v1");
        String subscription = subscriptionId();
        api().post("/api/v1/webhooks/" + subscription + "/deactivation").then().statusCode(200)
                .body("active", equalTo(false)).body("secret", nullValue());
        String booking = book();
        Thread.sleep(3000);
        assertThat(received).isEmpty();

        String fresh = api().post("/api/v1/webhooks/" + subscription + "/secret-rotation").then().statusCode(200)
                .body("previousSecretUntil", notNullValue()).extract().path("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        api().post("/api/v1/webhooks/" + subscription + "/activation").then().statusCode(200)
                .body("active", equalTo(true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        Received delivered = received.get(0);
        assertThat(delivered.body()).contains(booking);
        assertThat(verifies(fresh, delivered)).as("signed with the new secret").isTrue();
        assertThat(verifies(old, delivered)).as("and, during the grace, the old one").isTrue();

        given().auth().oauth2(InternalTokens.of("other-" + tenant))
                .post("/api/v1/webhooks/" + subscription + "/secret-rotation").then().statusCode(404);
        api().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        api().post("/api/v1/webhooks/" + subscription + "/activation").then().statusCode(409)
                .contentType("application/problem+json");
        api().get("/api/v1/webhooks/" + subscription).then().body("endedAt", notNullValue());
    }

    @Test
    void aReceiverThatIsGoneEndsItsSubscription() throws Exception {
        subscribe("booking.created.v1");
        thenAnswer = 410;
        book();
        String subscription = subscriptionId();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/webhooks/" + subscription).then().body("active", equalTo(false)));
        assertThat(received).hasSize(3);
        api().get("/api/v1/webhooks/" + subscription + "/deliveries").then()
                .body("[0].status", equalTo("FAILED")).body("[0].lastStatus", equalTo(410));
    }

    @Test
    void aReceiverWhoseNameNowLeadsInsideIsNeverSentTo() throws Exception {
        HttpServer inside = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        inside.createContext("/", exchange -> {
            received.add(new Received(Map.of(), "inside"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        inside.start();
        try {
            // as if the name had resolved to a public address when subscribing and to 127.0.0.2 now (rebinding)
            pool.preparedQuery("""
                            INSERT INTO webhook_subscription (id, tenant_id, url, event_types, secret, active, created_at)
                            VALUES (gen_random_uuid(), $1, $2, ARRAY['booking.created.v1'], 'whsec_x', true, now())""")
                    .executeAndAwait(Tuple.of(tenant, "http://127.0.0.2:" + inside.getAddress().getPort() + "/hooks"));
            book();
            String subscription = subscriptionId();
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    api().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                            .body("[0].lastError", equalTo("refused: the host is not a public address"))
                            .body("[0].lastStatus", nullValue()));
            assertThat(received).isEmpty();
        } finally {
            inside.stop(0);
        }
    }

    @Test
    void aReceiverAnsweringWithoutEndIsCutOffAfterAFewKilobytes() {
        subscribe("booking.created.v1", "/huge");
        book();
        String subscription = subscriptionId();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                        .body("[0].status", equalTo("DELIVERED")).body("[0].lastStatus", equalTo(200)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilTrue(cutOff);
    }

    @Test
    void anAttemptEndsAtItsTimeLimitHoweverSlowlyTheReceiverKeepsTalking() {
        subscribe("booking.created.v1", "/trickle");
        book();
        String subscription = subscriptionId();
        // the receiver talks for a minute, never pausing long enough for an idle timeout
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                        .body("[0].lastError", equalTo("no answer in time")).body("[0].status", equalTo("PENDING")));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilTrue(cutOff);
    }

    @Test
    void oneTenantsBacklogAtASlowReceiverDoesNotHoldUpAnotherTenant() {
        String busy = "busy-" + tenant;
        String slow = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(busy))
                .body("{\"url\":\"http://localhost:" + receiver.getAddress().getPort()
                        + "/slow\",\"eventTypes\":[\"booking.created.v1\"]}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        pool.preparedQuery("""
                        INSERT INTO webhook_delivery (id, tenant_id, subscription_id, event_id, event_type, payload,
                                                      status, next_attempt_at, created_at)
                        SELECT gen_random_uuid(), $1, $2, gen_random_uuid(), 'booking.created.v1', '{}', 'PENDING',
                               now() - interval '1 minute', now() - interval '1 minute'
                        FROM generate_series(1, 400)""")
                .executeAndAwait(Tuple.of(busy, UUID.fromString(slow)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> slowReceived.get() > 0);

        subscribe("booking.created.v1");
        book();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !received.isEmpty());
        assertThat(slowReceived.get()).as("deliveries of the busy tenant before the other's first").isLessThan(25);
    }

    private String subscribe(String type) {
        return subscribe(type, "/hooks");
    }

    private String subscribe(String type, String path) {
        return api().body("{\"url\":\"http://localhost:" + receiver.getAddress().getPort() + path
                        + "\",\"eventTypes\":[\"" + type + "\"]}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
    }

    private String subscriptionId() {
        return api().get("/api/v1/webhooks").then().statusCode(200).extract().path("[0].id");
    }

    private String book() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS);
        return api().body("{\"lines\":[{\"resourceId\":\"" + UUID.randomUUID() + "\",\"serviceId\":\"" + UUID.randomUUID()
                        + "\",\"start\":\"" + start + "\"}]}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    /** What a receiver does: recompute the HMAC over "t.body" and accept it when any v1 matches. */
    private static boolean verifies(String secret, Received delivery) throws Exception {
        String timestamp = null;
        List<String> signatures = new java.util.ArrayList<>();
        for (String part : delivery.headers().get("signature").split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                timestamp = kv[1];
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + delivery.body())
                .getBytes(StandardCharsets.UTF_8)));
        return signatures.contains(expected);
    }

    private RequestSpecification api() {
        return given().log().ifValidationFails().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
