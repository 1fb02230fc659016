package io.horae.availability;

import io.horae.testing.InternalTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.EventType;
import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationClaimed;
import io.horae.events.reservation.ReservationReleased;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class AvailabilityTest {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    /** The spring-forward Sunday of 2027 in Europe: 23 hours long. */
    private static final LocalDate DST_SUNDAY = LocalDate.of(2027, 3, 28);

    private final String tenant = "spa-" + UUID.randomUUID().toString().substring(0, 8);
    private String location;
    private String service;
    private String resource;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void arrangeALocationWithOneTherapist() {
        location = api().body("{\"name\":\"Vinohrady\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        service = api().body("{\"names\":{\"en\":\"Massage\",\"cs\":\"Masáž\"},\"defaultLanguage\":\"en\","
                        + "\"durationMinutes\":60,\"stepMinutes\":60,\"maximumDaysAhead\":1000}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        resource = api().body("{\"name\":\"Alena\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        api().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + resource + "/services")
                .then().statusCode(200);
        StringBuilder week = new StringBuilder("{\"rules\":[");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.append("{\"day\":\"").append(day).append("\",\"start\":\"09:00\",\"end\":\"12:00\"},");
        }
        week.setCharAt(week.length() - 1, ']');
        api().body(week.append('}').toString()).put("/api/v1/working-hours/" + resource).then().statusCode(200);
    }

    @Test
    void startsKeepTheirWallClockOnTheDstDay() {
        startsOn(DST_SUNDAY).body("start", contains("2027-03-28T07:00:00Z", "2027-03-28T08:00:00Z", "2027-03-28T09:00:00Z"));
        startsOn(DST_SUNDAY.minusDays(1))
                .body("start", contains("2027-03-27T08:00:00Z", "2027-03-27T09:00:00Z", "2027-03-27T10:00:00Z"));
    }

    @Test
    void theMonthViewCountsStartsPerLocalDateAcrossResources() {
        String second = api().body("{\"name\":\"Bára\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        api().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + second + "/services")
                .then().statusCode(200);
        api().body("{\"rules\":[{\"day\":\"SUNDAY\",\"start\":\"11:00\",\"end\":\"14:00\"}]}")
                .put("/api/v1/working-hours/" + second).then().statusCode(200);
        OffsetDateTime from = DST_SUNDAY.minusDays(1).atStartOfDay(PRAGUE).toOffsetDateTime();
        api().get("/api/v1/availability/days?serviceId=" + service + "&locationId=" + location + "&from=" + from
                        + "&to=" + from.plusDays(2))
                .then().statusCode(200)
                .body("date", contains("2027-03-27", "2027-03-28"))
                .body("starts", contains(3, 5))
                .body("[1].firstStart", equalTo("2027-03-28T07:00:00Z"));
        HoraeInfrastructure.topic("horae.catalog").await(r -> second.equals(r.key())
                && r.value().contains("catalog.resource_changed.v1") && r.value().contains(service), Duration.ofSeconds(30));
    }

    @Test
    void aHeldReservationTakesTheSlotAndItsReleaseGivesItBack() throws Exception {
        OffsetDateTime start = DST_SUNDAY.plusDays(7).atTime(10, 0).atZone(PRAGUE).toOffsetDateTime();
        String slot = start.toInstant().toString();
        startsOn(DST_SUNDAY.plusDays(7)).body("start", hasItem(slot));
        UUID reservation = UUID.randomUUID();

        publish(ReservationClaimed.TYPE, reservation, new ReservationClaimed(reservation, null, List.of(new ClaimedLine(
                UUID.randomUUID(), UUID.fromString(resource), UUID.fromString(service), null, start, start.plusHours(1),
                start, start.plusHours(1), 1)), OffsetDateTime.now().plusMinutes(10)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                startsOn(DST_SUNDAY.plusDays(7)).body("start", not(hasItem(slot))));
        check(start).body("offered", equalTo(false));

        String release = publish(ReservationReleased.TYPE, reservation, new ReservationReleased(reservation, "cancelled"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                startsOn(DST_SUNDAY.plusDays(7)).body("start", hasItem(slot)));
        check(start).body("offered", equalTo(true)).body("end", equalTo(start.plusHours(1).toInstant().toString()));
        HoraeInfrastructure.topic("horae.reservations").send(reservation.toString(), release);
    }

    @Test
    void timeOffHolidaysAndDateExceptionsShapeTheOffer() {
        LocalDate day = DST_SUNDAY.plusDays(14);
        OffsetDateTime nine = day.atTime(9, 0).atZone(PRAGUE).toOffsetDateTime();
        String timeOff = api().body("{\"resourceId\":\"" + resource + "\",\"start\":\"" + nine + "\",\"end\":\""
                        + nine.plusHours(1) + "\",\"reason\":\"dentist\"}")
                .post("/api/v1/free-time").then().statusCode(201).extract().path("id");
        startsOn(day).body("size()", equalTo(2));
        api().delete("/api/v1/free-time/" + timeOff).then().statusCode(204);
        api().get("/api/v1/free-time/" + timeOff).then().statusCode(404);
        startsOn(day).body("size()", equalTo(3));

        api().body("{\"windows\":[{\"start\":\"14:00\",\"end\":\"15:00\"}]}")
                .put("/api/v1/working-hours/" + resource + "/dates/" + day).then().statusCode(204);
        startsOn(day).body("start", contains(day.atTime(14, 0).atZone(PRAGUE).toInstant().toString()));
        api().body("{\"date\":\"" + day + "\",\"name\":\"Festival\"}").post("/api/v1/locations/" + location + "/holidays")
                .then().statusCode(201);
        startsOn(day).body("size()", equalTo(0));
        api().get("/api/v1/working-hours/" + resource + "?from=" + day + "T00:00:00Z&to=" + day.plusDays(1) + "T00:00:00Z")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void classesCountTheirSeatsFromClaims() throws Exception {
        OffsetDateTime start = DST_SUNDAY.plusDays(21).atTime(18, 0).atZone(PRAGUE).toOffsetDateTime();
        String yoga = api().body("{\"names\":{\"en\":\"Yoga\"},\"durationMinutes\":60,\"capacity\":2}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        String occurrence = api().body("{\"serviceId\":\"" + yoga + "\",\"resourceId\":\"" + resource + "\",\"start\":\""
                + start + "\"}").post("/api/v1/classes").then().statusCode(201).body("seatsLeft", equalTo(2))
                .extract().path("id");
        UUID reservation = UUID.randomUUID();
        publish(ReservationClaimed.TYPE, reservation, new ReservationClaimed(reservation, null, List.of(new ClaimedLine(
                UUID.randomUUID(), UUID.fromString(resource), UUID.fromString(yoga), UUID.fromString(occurrence), start,
                start.plusHours(1), start, start.plusHours(1), 2)), OffsetDateTime.now().plusMinutes(10)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/classes/" + occurrence).then().body("seatsLeft", equalTo(0)));
        api().get("/api/v1/classes?locationId=" + location + "&from=" + start.minusDays(1) + "&to=" + start.plusDays(1)
                + "&available=true").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void combinationsRunServicesBackToBack() {
        String wash = api().body("{\"names\":{\"en\":\"Wash\"},\"durationMinutes\":30,\"maximumDaysAhead\":1000}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        api().body("{\"serviceIds\":[\"" + service + "\",\"" + wash + "\"]}").put("/api/v1/resources/" + resource + "/services")
                .then().statusCode(200);
        LocalDate day = DST_SUNDAY.plusDays(28);
        OffsetDateTime from = day.atStartOfDay(PRAGUE).toOffsetDateTime();
        api().body("{\"serviceIds\":[\"" + wash + "\",\"" + service + "\"],\"locationId\":\"" + location
                        + "\",\"from\":\"" + from + "\",\"to\":\"" + from.plusDays(1) + "\"}")
                .post("/api/v1/availability/combinations")
                .then().statusCode(200)
                .body("[0].start", equalTo(day.atTime(9, 0).atZone(PRAGUE).toInstant().toString()))
                .body("[0].legs[1].start", equalTo(day.atTime(9, 30).atZone(PRAGUE).toInstant().toString()));
    }

    @Test
    void aResourceCanBeClosedAllWeekAndOfferNothing() {
        api().body("{\"rules\":[]}").put("/api/v1/working-hours/" + resource).then().statusCode(200);
        startsOn(DST_SUNDAY).body("size()", equalTo(0));
        api().body("{\"serviceIds\":[]}").put("/api/v1/resources/" + resource + "/services").then().statusCode(200);
        api().get("/api/v1/resources/" + resource + "/services").then().body("serviceIds.size()", equalTo(0));
        api().get("/api/v1/availability?serviceId=" + service + "&resourceId=" + resource
                        + "&from=2027-01-01T00:00:00Z&to=2027-01-02T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("resourceId"));
    }

    @Test
    void serviceNamesFollowAcceptLanguageWithAFallback() {
        api().header("Accept-Language", "cs-CZ, en;q=0.8").get("/api/v1/services/" + service)
                .then().body("name", equalTo("Masáž"));
        api().header("Accept-Language", "fr_FR").get("/api/v1/services/" + service).then().body("name", equalTo("Massage"));
        api().header("Accept-Language", ";;;garbage").get("/api/v1/services/" + service).then().statusCode(200);
    }

    @Test
    void badRangesRulesAndDurationsAreProblemsNamingTheField() {
        String base = "/api/v1/availability?serviceId=" + service + "&resourceId=" + resource;
        api().get(base + "&from=2027-03-10T00:00:00Z&to=2027-03-01T00:00:00Z").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        api().get(base + "&from=2027-01-01T00:00:00Z&to=2027-06-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        api().get(base + "&from=soon&to=2027-06-01T00:00:00Z").then().statusCode(400).body("errors[0].field", equalTo("from"));
        api().get("/api/v1/availability?serviceId=" + service + "&from=2027-01-01T00:00:00Z&to=2027-01-02T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("resourceId"));
        api().body("{\"rules\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"},"
                        + "{\"day\":\"MONDAY\",\"start\":\"11:00\",\"end\":\"13:00\"}]}")
                .put("/api/v1/working-hours/" + resource).then().statusCode(400).body("errors[0].field", equalTo("rules[1]"));
        api().body("{\"rules\":[{\"day\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}")
                .put("/api/v1/working-hours/" + resource).then().statusCode(400);
        api().body("{\"names\":{\"en\":\"Negative\"},\"durationMinutes\":-30}").post("/api/v1/services")
                .then().statusCode(400).body("errors[0].field", equalTo("durationMinutes"));
        api().body("{\"name\":\"Nowhere\",\"timeZone\":\"Europe/Atlantis\"}").post("/api/v1/locations")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void anotherTenantsCatalogueDoesNotExist() {
        RequestSpecification other = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant));
        other.get("/api/v1/resources/" + resource).then().statusCode(404);
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).get("/api/v1/services/" + service).then().statusCode(404);
        given().auth().oauth2(InternalTokens.of("other-" + tenant))
                .get("/api/v1/availability?serviceId=" + service + "&resourceId=" + resource
                        + "&from=2027-01-01T00:00:00Z&to=2027-01-02T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("serviceId"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"rules\":[]}").put("/api/v1/working-hours/" + resource).then().statusCode(404);
    }

    private io.restassured.response.ValidatableResponse startsOn(LocalDate date) {
        return api().get("/api/v1/availability?serviceId=" + service + "&resourceId=" + resource + "&from="
                        + date.atStartOfDay(PRAGUE).toOffsetDateTime() + "&to="
                        + date.plusDays(1).atStartOfDay(PRAGUE).toOffsetDateTime())
                .then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse check(OffsetDateTime start) {
        return api().queryParam("serviceId", service).queryParam("resourceId", resource)
                .queryParam("start", start.toString()).get("/api/v1/availability/check").then().statusCode(200);
    }

    private <T> String publish(EventType<T> type, UUID reservation, T payload) throws Exception {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "/horae/test", type.name(),
                reservation.toString(), OffsetDateTime.now(), tenant, "application/json", mapper.valueToTree(payload));
        String json = mapper.writeValueAsString(event);
        HoraeInfrastructure.topic(type.topic()).send(reservation.toString(), json);
        return json;
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
