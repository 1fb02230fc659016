package io.horae.reservations;

import io.horae.testing.Concurrently;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** booking-service's one call to claim for a booking, and its way back (PUT and DELETE /internal/v1/reservations). */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(AvailabilityStandIn.class)
class BookingClaimTest {
    private final String tenant = "claims-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID resource = UUID.randomUUID();
    private final UUID service = UUID.randomUUID();
    private final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(4).truncatedTo(ChronoUnit.HOURS);

    @TestHTTPResource("/")
    URI base;

    @Test
    void aClaimForABookingLastsAndAskingAgainAnswersTheSameReservation() throws Exception {
        UUID id = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            claim(tenant, id, lines(booking, start)).then().statusCode(200)
                    .body("status", equalTo("CONFIRMED")).body("bookingId", equalTo(booking.toString()))
                    .body("expiresAt", nullValue()).body("lines[0].resourceId", equalTo(resource.toString()));
        }
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND reservation_id = '" + id + "'")).isEqualTo(1);
        HoraeInfrastructure.topic("horae.reservations").await(r -> id.toString().equals(r.key())
                && r.value().contains("reservation.claimed.v1") && r.value().contains(booking.toString()),
                Duration.ofSeconds(30));

        claim(tenant, id, lines(UUID.randomUUID(), start)).then().statusCode(409);
        claim(tenant, UUID.randomUUID(), lines(UUID.randomUUID(), start)).then().statusCode(409)
                .body("nextStarts[0].resourceId", equalTo(resource.toString()));
    }

    @Test
    void aBookingWaitingForPaymentHoldsUntilItsExpiryThenTakesTheHoldForGood() {
        UUID id = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(20).truncatedTo(ChronoUnit.SECONDS);
        String expiresAt = claim(tenant, id, "{\"kind\":\"LINES\",\"bookingId\":\"" + booking + "\",\"heldUntil\":\""
                + until + "\",\"lines\":[" + line(start.plusHours(2)) + "]}").then().statusCode(200)
                .body("status", equalTo("HELD")).extract().path("expiresAt");
        // compared as instants: a time on a whole minute prints without its seconds on one side only
        org.assertj.core.api.Assertions.assertThat(OffsetDateTime.parse(expiresAt).toInstant())
                .isEqualTo(until.toInstant());
        claim(tenant, id, "{\"kind\":\"HOLD\",\"bookingId\":\"" + UUID.randomUUID() + "\"}").then().statusCode(409);
        for (int i = 0; i < 2; i++) {
            claim(tenant, id, "{\"kind\":\"HOLD\",\"bookingId\":\"" + booking + "\"}").then().statusCode(200)
                    .body("status", equalTo("CONFIRMED")).body("expiresAt", nullValue());
        }
        claim(tenant, UUID.randomUUID(), "{\"kind\":\"HOLD\",\"bookingId\":\"" + booking + "\"}").then()
                .statusCode(404);
    }

    @Test
    void aReleaseBeforeItsClaimArrivesMakesTheLateClaimFailAndWritesNoClaim() throws Exception {
        UUID id = UUID.randomUUID();
        release(id).then().statusCode(200).body("status", equalTo("RELEASED"));
        claim(tenant, id, lines(UUID.randomUUID(), start.plusHours(4))).then().statusCode(409);
        assertThat(sql("SELECT count(*) FROM claim WHERE reservation_id = '" + id + "'")).isZero();

        UUID claimed = UUID.randomUUID();
        claim(tenant, claimed, lines(UUID.randomUUID(), start.plusHours(5))).then().statusCode(200);
        release(claimed).then().statusCode(200).body("status", equalTo("RELEASED"));
        release(claimed).then().statusCode(200);
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND reservation_id = '" + claimed + "'")).isZero();
        claim(tenant, UUID.randomUUID(), lines(UUID.randomUUID(), start.plusHours(5))).then().statusCode(200);
    }

    @Test
    void aCrowdClaimingOneSlotForDifferentBookingsGetsOneYesAndOtherwiseNo() throws Exception {
        OffsetDateTime slot = start.plusHours(7);
        List<HttpResponse<String>> answers = Concurrently.send(100, () -> HttpRequest.newBuilder(
                        base.resolve("/internal/v1/reservations/" + UUID.randomUUID()))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + InternalTokens.service(tenant))
                .PUT(HttpRequest.BodyPublishers.ofString(lines(UUID.randomUUID(), slot))).build());

        assertThat(answers.stream().filter(a -> a.statusCode() == 200)).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(200, 409));
        assertThat(sql("SELECT count(*) FROM claim WHERE active AND resource_id = '" + resource + "' AND starts_at = '"
                + slot + "'")).isEqualTo(1);
    }

    @Test
    void onlyServicesMayClaimForBookings() {
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant))
                .body(lines(UUID.randomUUID(), start.plusHours(8)))
                .put("/internal/v1/reservations/" + UUID.randomUUID()).then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(lines(UUID.randomUUID(), start.plusHours(8)))
                .put("/internal/v1/reservations/" + UUID.randomUUID()).then().statusCode(401);
        claim(tenant, UUID.randomUUID(), "{\"kind\":\"LINES\",\"bookingId\":\"" + UUID.randomUUID()
                + "\",\"lines\":[{\"kind\":\"SERVICE\"}]}").then().statusCode(400);
    }

    /** booking-service's claim on reservation {@code id}, with a service token for {@code tenant}. */
    static Response claim(String tenant, Object id, String body) {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.service(tenant)).body(body)
                .put("/internal/v1/reservations/" + id);
    }

    private Response release(UUID id) {
        return given().auth().oauth2(InternalTokens.service(tenant)).queryParam("reason", "booking not committed")
                .delete("/internal/v1/reservations/" + id);
    }

    private String lines(UUID booking, OffsetDateTime at) {
        return "{\"kind\":\"LINES\",\"bookingId\":\"" + booking + "\",\"lines\":[" + line(at) + "]}";
    }

    private String line(OffsetDateTime at) {
        return "{\"kind\":\"SERVICE\",\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                + "\",\"start\":\"" + at + "\",\"seats\":1}";
    }

    private static long sql(String query) throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
