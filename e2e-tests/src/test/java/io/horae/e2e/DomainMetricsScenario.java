package io.horae.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The domain series count what happened to one booking: placed once, refused once (the same start again), moved to
 * the next start, cancelled by the merchant while a customer waits for that start: one placement, one 409 refusal
 * and one claim conflict, one reschedule, one cancellation by the merchant, one waiting-list offer, one created and
 * one cancelled event published, two releases applied by reservations (the old time and the cancelled one) and at
 * least the claim and the release by availability's busy time; the outbox
 * empties; every series the dashboard and the alerts read is one a service exposes; with tracing off no series names
 * a trace.
 */
final class DomainMetricsScenario {
    private static final String PLACED = "horae_bookings_placed_total";
    private static final String REFUSED = "horae_bookings_refused_total";
    private static final String PUBLISHED = "horae_events_published_total";
    private static final String LAG = "horae_event_lag_seconds_count";
    private static final String CONFLICTS = "horae_claim_conflicts_total";
    private static final String CANCELLED = "horae_bookings_cancelled_total";
    private static final String RESCHEDULED = "horae_bookings_rescheduled_total";
    private static final String OFFERS = "horae_waitlist_offers_total";

    private final Platform platform;

    DomainMetricsScenario(Platform platform) {
        this.platform = platform;
    }

    void oneBookingsLifeIsCounted() {
        Calendar calendar = Calendar.arrange(platform::api, "Metriky");
        String booking = platform.metrics(4);
        String reservations = platform.metrics(3);
        double placed = Metrics.sum(booking, PLACED, "kind=\"ONE_TO_ONE\"");
        double refused = Metrics.sum(booking, REFUSED, "status=\"409\"");
        double created = Metrics.sum(booking, PUBLISHED, "type=\"booking.created.v1\"");
        double cancelled = Metrics.sum(booking, PUBLISHED, "type=\"booking.cancelled.v1\"");
        double conflicts = Metrics.sum(reservations, CONFLICTS, "reason=\"taken\"");
        double released = Metrics.sum(reservations, LAG, "consumer=\"reservations-releases\"");
        double busy = Metrics.sum(platform.metrics(2), LAG, "consumer=\"availability-busy-time\"");
        double cancelledByMerchant = Metrics.sum(booking, CANCELLED, "kind=\"ONE_TO_ONE\"", "by=\"MERCHANT\"");
        double rescheduled = Metrics.sum(booking, RESCHEDULED, "kind=\"ONE_TO_ONE\"");
        double offered = Metrics.sum(booking, OFFERS, "outcome=\"offered\"");

        List<String> starts = calendar.startsOfDay();
        String line = "{\"lines\":[" + calendar.line(starts.get(0)) + "]}";
        String id = platform.api().body(line).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        platform.api().body(line).post("/api/v1/bookings").then().statusCode(409);
        platform.api().body("{\"start\":\"" + starts.get(1) + "\"}").post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(200);
        String customer = platform.api().body("{\"firstName\":\"Iva\",\"lastName\":\"Čekalová\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        platform.api().body("{\"customerId\":\"" + customer + "\",\"resourceId\":\"" + calendar.resource()
                        + "\",\"serviceId\":\"" + calendar.service() + "\",\"start\":\"" + starts.get(1) + "\"}")
                .post("/api/v1/waitlist").then().statusCode(201);
        platform.api().body("{\"reason\":\"metrics\"}").post("/api/v1/bookings/" + id + "/cancellation").then()
                .statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String after = platform.metrics(4);
            assertThat(Metrics.sum(after, PLACED, "kind=\"ONE_TO_ONE\"")).isEqualTo(placed + 1);
            assertThat(Metrics.sum(after, REFUSED, "status=\"409\"")).isEqualTo(refused + 1);
            assertThat(Metrics.sum(after, PUBLISHED, "type=\"booking.created.v1\"")).isEqualTo(created + 1);
            assertThat(Metrics.sum(after, PUBLISHED, "type=\"booking.cancelled.v1\"")).isEqualTo(cancelled + 1);
            assertThat(Metrics.sum(after, CANCELLED, "kind=\"ONE_TO_ONE\"", "by=\"MERCHANT\""))
                    .isEqualTo(cancelledByMerchant + 1);
            assertThat(Metrics.sum(after, RESCHEDULED, "kind=\"ONE_TO_ONE\"")).isEqualTo(rescheduled + 1);
            assertThat(Metrics.sum(after, OFFERS, "outcome=\"offered\"")).isEqualTo(offered + 1);
            String reservationsAfter = platform.metrics(3);
            assertThat(Metrics.sum(reservationsAfter, CONFLICTS, "reason=\"taken\"")).isEqualTo(conflicts + 1);
            assertThat(Metrics.sum(reservationsAfter, LAG, "consumer=\"reservations-releases\"")).isEqualTo(released + 2);
            assertThat(Metrics.sum(platform.metrics(2), LAG, "consumer=\"availability-busy-time\""))
                    .isGreaterThanOrEqualTo(busy + 2);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Metrics.sum(platform.metrics(4), "horae_outbox_backlog")).isZero());
        // the webhook of PlatformIT's first test is being delivered to an address that does not answer
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String all = String.join("\n", platform.metrics(0), platform.metrics(1), platform.metrics(2),
                    platform.metrics(3), platform.metrics(4));
            for (String series : Metrics.named(Path.of(System.getProperty("horae.root", ".."), "deploy", "monitoring"))) {
                assertThat(Metrics.has(all, series)).as(series + " is exposed").isTrue();
            }
            assertThat(all).as("tracing is off, so no span was made to be named as an exemplar").doesNotContain(" # {");
        });
    }
}
