package io.horae.booking;

import com.sun.net.httpserver.HttpServer;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
    private HttpServer receiver;

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

    private String subscribe(String type) {
        return api().body("{\"url\":\"http://localhost:" + receiver.getAddress().getPort() + "/hooks\",\"eventTypes\":[\""
                        + type + "\"]}")
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

    /** What a receiver does: recompute the HMAC over "t.body" and compare. */
    private static boolean verifies(String secret, Received delivery) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : delivery.headers().get("signature").split(",")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((parts.get("t") + "." + delivery.body())
                .getBytes(StandardCharsets.UTF_8)));
        return expected.equals(parts.get("v1"));
    }

    private RequestSpecification api() {
        return given().log().ifValidationFails().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
