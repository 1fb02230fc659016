package io.horae.e2e;

import io.horae.e2e.OtlpReceiver.ReceivedSpan;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform with tracing on, exporting to a receiver of the test's own: placing a booking and cancelling it are
 * one trace each, from the gateway through booking-, reservations- and availability-service and across Kafka, down to
 * the consumer spans that took and freed the slot; the spans name the tenant and the request, never the customer, and
 * log lines carry the trace id.
 */
class TracingIT {
    private static OtlpReceiver receiver;
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        receiver = new OtlpReceiver();
        platform = Platform.up("horae-tracing-", Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms",
                "HORAE_LOG_JSON", "true"));
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void placingAndCancellingABookingAreOneTraceEachAcrossTheServicesAndKafka() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Stopy");
        String email = "trace-" + UUID.randomUUID() + "@example.com";
        String customer = platform.api().body("{\"firstName\":\"Tereza\",\"lastName\":\"Stopová\",\"email\":\""
                        + email + "\",\"phone\":\"+420 601 555 123\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        platform.api().queryParam("q", "Stopová").get("/api/v1/customers/search").then().statusCode(200);
        String start = calendar.startsOfDay().get(0);
        Response placed = platform.api()
                .body("{\"lines\":[" + calendar.line(start) + "],\"customerId\":\"" + customer + "\"}")
                .post("/api/v1/bookings");
        assertThat(placed.statusCode()).isEqualTo(201);
        Response cancelled = platform.api().body("{\"reason\":\"traced\"}")
                .post("/api/v1/bookings/" + placed.path("id") + "/cancellation");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(platform.api().get(calendar.starts())
                .then().statusCode(200).extract().<List<String>>path("start")).contains(start));
        String tenant = platform.tenant();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ReceivedSpan> placing = trace(placed.header("X-Request-Id"));
            assertThat(services(placing))
                    .containsAll(Set.of("gateway", "booking-service", "reservations-service", "availability-service"));
            assertThat(placing).anyMatch(span -> span.kind() == ReceivedSpan.PRODUCER
                    && span.service().equals("reservations-service"));
            assertThat(placing).as("availability took the slot from the claim's event")
                    .anyMatch(span -> span.kind() == ReceivedSpan.CONSUMER
                            && span.service().equals("availability-service")
                            && span.name().endsWith("availability-busy-time"));
            assertOneTree(placing);

            List<ReceivedSpan> cancelling = trace(cancelled.header("X-Request-Id"));
            assertThat(cancelling).as("booking published the cancellation").anyMatch(span ->
                    span.kind() == ReceivedSpan.PRODUCER && span.service().equals("booking-service")
                            && span.attributes().get("cloudevents.event_type").equals("booking.cancelled.v1"));
            assertThat(cancelling).as("reservations released the claim").anyMatch(span ->
                    span.kind() == ReceivedSpan.CONSUMER && span.service().equals("reservations-service")
                            && span.name().endsWith("reservations-releases"));
            assertThat(cancelling).as("availability freed the slot").anyMatch(span ->
                    span.kind() == ReceivedSpan.CONSUMER && span.service().equals("availability-service")
                            && span.name().endsWith("availability-busy-time"));
            assertOneTree(cancelling);
            assertThat(platform.log("booking")).as("the cancellation's mail was logged (JSON) under its trace")
                    .contains("\"traceId\":\"" + cancelling.get(0).traceId() + "\"");

            for (ReceivedSpan span : cancelling) {
                if (span.kind() == ReceivedSpan.CONSUMER || span.kind() == ReceivedSpan.PRODUCER
                        || span.kind() == ReceivedSpan.SERVER && span.name().startsWith("POST /api/")) {
                    assertThat(span.attributes()).as(span.service() + " " + span.name())
                            .containsEntry("horae.tenant", tenant);
                }
            }
        });
        assertThat(receiver.spans()).as("the search's span keeps the parameter, not what was searched")
                .anyMatch(span -> "q=*".equals(span.attributes().get("url.query")));
        assertThat(receiver.spans()).as("no span names the customer")
                .allSatisfy(span -> assertThat(span.attributes().values())
                        .noneMatch(value -> value.contains(email) || value.contains("Stopov")
                                || value.contains("601 555") || value.contains("601555")));
    }

    /** Every span of the trace the gateway's span for request {@code requestId} is in. */
    private static List<ReceivedSpan> trace(String requestId) {
        List<ReceivedSpan> spans = receiver.spans();
        String traceId = spans.stream()
                .filter(span -> span.service().equals("gateway") && requestId.equals(span.attributes()
                        .get("horae.request_id")))
                .map(ReceivedSpan::traceId).findFirst().orElseThrow(() -> new AssertionError(
                        "no gateway span for request " + requestId + " among " + spans.size()));
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private static Set<String> services(List<ReceivedSpan> spans) {
        return spans.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
    }

    /** One root (the gateway's request), and every other span's parent is in the trace: nothing broke the chain. */
    private static void assertOneTree(List<ReceivedSpan> trace) {
        Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace.stream().filter(span -> span.parentId().isEmpty()))
                .singleElement().satisfies(root -> assertThat(root.service()).isEqualTo("gateway"));
        assertThat(trace).filteredOn(span -> !span.parentId().isEmpty())
                .allSatisfy(span -> assertThat(ids).as(span.service() + " " + span.name()).contains(span.parentId()));
    }
}
