package io.horae.booking;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The merchant's front desk: a booking found by its reference, the customer checked in by ticket, a note corrected. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class BookingDeskTest extends BookingServiceTest {
    @Test
    void aBookingIsFoundByItsReferenceAndCheckedInOnceByItsTicket() {
        ExtractableResponse<Response> booked = api().body(oneStep(start)).post("/api/v1/bookings").then()
                .statusCode(201).extract();
        String id = booked.path("id");
        String reference = booked.path("reference");
        String ticket = booked.path("ticket");
        api().get("/api/v1/bookings?reference=" + reference).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        api().get("/api/v1/bookings?reference=B999999").then().statusCode(200).body("total", equalTo(0));

        api().body("{\"ticket\":\"" + ticket + "\"}").post("/api/v1/bookings/check-in").then().statusCode(200)
                .body("id", equalTo(id)).body("checkedInAt", notNullValue());
        api().body("{\"ticket\":\"" + ticket + "\"}").post("/api/v1/bookings/check-in").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("was checked in at"));
        api().get("/api/v1/bookings/activities?since=" + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .minusHours(1)).then().statusCode(200).body("items.type", hasItem("checked_in"));

        String forged = ticket.substring(0, ticket.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        api().body("{\"ticket\":\"" + forged + "\"}").post("/api/v1/bookings/check-in").then().statusCode(400)
                .body("errors[0].field", equalTo("ticket"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"ticket\":\"" + ticket + "\"}").post("/api/v1/bookings/check-in").then().statusCode(400);
        api().body("{\"ticket\":\"\"}").post("/api/v1/bookings/check-in").then().statusCode(400);
    }

    @Test
    void readingBookingsWritesNothing() throws Exception {
        String id = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        // what follows the placement (its claim's event) settles first: the version holds still for a second
        String versionQuery = "SELECT version FROM booking WHERE id = '" + id + "'";
        long[] seen = {-1};
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            long now = sql(versionQuery);
            boolean still = now == seen[0];
            seen[0] = now;
            return still;
        });
        long version = seen[0];
        api().get("/api/v1/bookings/" + id).then().statusCode(200);
        api().get("/api/v1/bookings?customerId=" + UUID.randomUUID()).then().statusCode(200);
        api().get("/api/v1/bookings").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(sql(versionQuery))
                .as("a read left the booking as it was").isEqualTo(version);
    }

    @Test
    void aCancelledBookingIsNotCheckedIn() {
        ExtractableResponse<Response> booked = api().body(oneStep(start.plusHours(2))).post("/api/v1/bookings").then()
                .statusCode(201).extract();
        api().body("{}").post("/api/v1/bookings/" + booked.path("id") + "/cancellation").then().statusCode(200);
        api().body("{\"ticket\":\"" + booked.path("ticket") + "\"}").post("/api/v1/bookings/check-in").then()
                .statusCode(409).body("detail", containsString("CANCELLED"));
    }

    @Test
    void theNoteAndTheCustomerAreCorrectedByMergePatchUntilTheBookingEnds() {
        String id = api().body(oneStep(start.plusHours(4))).post("/api/v1/bookings").then().statusCode(201)
                .extract().path("id");
        UUID customer = UUID.randomUUID();
        api().body("{\"note\":\"allergic to lavender\",\"customerId\":\"" + customer + "\"}")
                .patch("/api/v1/bookings/" + id).then().statusCode(200)
                .body("note", equalTo("allergic to lavender")).body("customerId", equalTo(customer.toString()));
        api().body("{\"note\":null}").patch("/api/v1/bookings/" + id).then().statusCode(200)
                .body("note", nullValue()).body("customerId", equalTo(customer.toString()));
        api().body("{\"note\":\"" + "x".repeat(2001) + "\"}").patch("/api/v1/bookings/" + id).then().statusCode(400)
                .body("errors[0].field", containsString("note"));
        api().body("{\"customerId\":\"nobody\"}").patch("/api/v1/bookings/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"note\":\"mine\"}").patch("/api/v1/bookings/" + id).then().statusCode(404);

        api().body("{}").post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(200);
        api().body("{\"note\":\"too late\"}").patch("/api/v1/bookings/" + id).then().statusCode(409);
    }
}
