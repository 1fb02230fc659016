package io.horae.availability;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * A weekly series of classes across the spring change of clocks in Prague: scheduled by its rule, changed for all
 * classes to come and for "this and following" (the series carries on in a new one), one class changed on its own,
 * and cancelled from one class on. A class with bookings keeps its time and place.
 */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class ClassSeriesTest {
    private final String tenant = "series-" + UUID.randomUUID().toString().substring(0, 8);
    private String service;
    private String resource;
    private String otherRoom;

    @BeforeEach
    void arrangeAYogaRoom() {
        String location = api().body("{\"name\":\"Karlín\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        service = api().body("{\"names\":{\"en\":\"Yoga\"},\"durationMinutes\":60,\"capacity\":8,\"price\":10,"
                        + "\"currency\":\"EUR\",\"maximumDaysAhead\":1000}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        resource = room(location, "Studio A");
        otherRoom = room(location, "Studio B");
    }

    @Test
    void aSeriesIsScheduledByItsRuleAndChangedForEveryClassToCome() {
        // Mondays and Wednesdays at 18:00 for five dates from 22 March 2027, not on the 24th: four classes
        JsonPath series = schedule("{\"days\":[\"WEDNESDAY\",\"MONDAY\"],\"time\":\"18:00\",\"from\":\"2027-03-22\","
                + "\"count\":5,\"except\":[\"2027-03-24\"]}");
        assertThat(series.getList("classes.start", String.class)).containsExactly("2027-03-22T17:00:00Z",
                "2027-03-29T16:00:00Z", "2027-03-31T16:00:00Z", "2027-04-05T16:00:00Z");
        assertThat(series.getList("classes.capacity", Integer.class)).containsOnly(8);
        assertThat(series.getList("days", String.class)).containsExactly("MONDAY", "WEDNESDAY");
        assertThat(series.getString("timeZone")).isEqualTo("Europe/Prague");
        String id = series.getString("id");

        api().body("{\"time\":\"19:15\",\"resourceId\":\"" + otherRoom + "\"}").patch("/api/v1/class-series/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("time", equalTo("19:15:00"))
                .body("classes.resourceId", everyItem(equalTo(otherRoom)))
                .body("classes.start", equalTo(List.of("2027-03-22T18:15:00Z", "2027-03-29T17:15:00Z",
                        "2027-03-31T17:15:00Z", "2027-04-05T17:15:00Z")));
        String last = series.getString("classes[3].id");
        HoraeInfrastructure.topic("horae.catalog").await(r -> last.equals(r.key())
                && r.value().contains("catalog.class_scheduled.v1") && r.value().contains("19:15"), Duration.ofSeconds(30));

        api().body("{\"days\":[\"FRIDAY\"]}").patch("/api/v1/class-series/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
        api().body("{\"time\":null}").patch("/api/v1/class-series/" + id).then().statusCode(400);
        other().body("{\"capacity\":3}").patch("/api/v1/class-series/" + id).then().statusCode(404);
        other().get("/api/v1/class-series/" + id).then().statusCode(404);
        api().get("/api/v1/class-series?serviceId=" + service).then().statusCode(200).body("id", hasSize(1));
    }

    @Test
    void thisAndFollowingCarryOnInANewSeriesAndBookedClassesKeepTheirTimeAndPlace() throws Exception {
        JsonPath series = schedule("{\"days\":[\"MONDAY\"],\"time\":\"09:00\",\"from\":\"2027-03-22\","
                + "\"until\":\"2027-04-12\",\"capacity\":4}");
        String id = series.getString("id");
        List<String> classes = series.getList("classes.id", String.class);
        assertThat(classes).hasSize(4);
        OffsetDateTime third = OffsetDateTime.parse(series.getString("classes[2].start"));
        BusyTime.claim(tenant, resource, service, classes.get(2), third, third.plusHours(1), 3, UUID.randomUUID());

        api().body("{\"time\":\"10:00\"}").patch("/api/v1/class-series/" + id + "?from=" + classes.get(1))
                .then().statusCode(409).body("detail", containsString("3 seats booked"));
        api().body("{\"capacity\":2}").patch("/api/v1/class-series/" + id + "?from=" + classes.get(1))
                .then().statusCode(409).body("detail", containsString("more than 2"));

        String next = api().body("{\"capacity\":6}").patch("/api/v1/class-series/" + id + "?from=" + classes.get(1))
                .then().statusCode(200).body("id", not(equalTo(id))).body("from", equalTo("2027-03-29"))
                .body("until", equalTo("2027-04-12")).body("capacity", equalTo(6))
                .body("classes.id", equalTo(classes.subList(1, 4)))
                .body("classes.seatsLeft", equalTo(List.of(6, 3, 6))).extract().path("id");
        api().get("/api/v1/class-series/" + id).then().statusCode(200).body("until", equalTo("2027-03-28"))
                .body("count", equalTo(null)).body("classes.id", equalTo(classes.subList(0, 1)))
                .body("classes[0].capacity", equalTo(4));
        api().body("{\"capacity\":6}").patch("/api/v1/class-series/" + next + "?from=" + classes.get(0))
                .then().statusCode(400).body("errors[0].field", equalTo("from"));

        // one class on its own: moved when nobody booked it, not when somebody did
        api().body("{\"start\":\"2027-04-06T08:00:00Z\"}").patch("/api/v1/classes/" + classes.get(3))
                .then().statusCode(200).body("start", equalTo("2027-04-06T08:00:00Z"))
                .body("end", equalTo("2027-04-06T09:00:00Z")).body("seriesId", equalTo(next));
        api().body("{\"start\":\"2027-04-06T08:00:00Z\"}").patch("/api/v1/classes/" + classes.get(2))
                .then().statusCode(409);
        api().body("{\"capacity\":0}").patch("/api/v1/classes/" + classes.get(2)).then().statusCode(400);
        api().body("{\"serviceId\":\"" + UUID.randomUUID() + "\"}").patch("/api/v1/classes/" + classes.get(2))
                .then().statusCode(400);
        other().body("{\"capacity\":5}").patch("/api/v1/classes/" + classes.get(2)).then().statusCode(404);

        // cancelled from the booked class on: it and the one after; the one before stays
        api().body("{\"reason\":\"the studio floods\"}")
                .post("/api/v1/class-series/" + next + "/cancellation?from=" + classes.get(2)).then().statusCode(200)
                .body("classes.cancelledAt[0]", equalTo(null))
                .body("classes.cancelReason", equalTo(java.util.Arrays.asList(null, "the studio floods",
                        "the studio floods")));
        HoraeInfrastructure.topic("horae.catalog").await(r -> classes.get(2).equals(r.key())
                && r.value().contains("catalog.class_cancelled.v1"), Duration.ofSeconds(30));
        api().body("{}").post("/api/v1/class-series/" + next + "/cancellation?from=" + classes.get(2))
                .then().statusCode(409);
    }

    @Test
    void aRuleThatHoldsNoClassOrTooManyIsRefused() {
        api().body(seriesOf("{\"days\":[\"SUNDAY\"],\"time\":\"09:00\",\"from\":\"2027-03-22\",\"until\":\"2027-03-27\"}"))
                .post("/api/v1/class-series").then().statusCode(400).body("errors[0].field", equalTo("days"));
        api().body(seriesOf("{\"days\":[\"SUNDAY\"],\"time\":\"09:00\",\"from\":\"2027-03-22\",\"until\":\"2027-03-27\","
                + "\"count\":2}")).post("/api/v1/class-series").then().statusCode(400);
        api().body(seriesOf("{\"days\":[\"SUNDAY\",null],\"time\":\"09:00\",\"from\":\"2027-03-22\",\"count\":2}"))
                .post("/api/v1/class-series").then().statusCode(400);
        api().body(seriesOf("{\"days\":[\"MONDAY\"],\"time\":\"09:00\",\"from\":\"2027-03-22\",\"count\":501}"))
                .post("/api/v1/class-series").then().statusCode(400);
        api().body(seriesOf("{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\","
                        + "\"SUNDAY\"],\"time\":\"09:00\",\"from\":\"2027-03-22\",\"until\":\"2029-03-22\"}"))
                .post("/api/v1/class-series").then().statusCode(422);
    }

    private JsonPath schedule(String rule) {
        return api().body(seriesOf(rule)).post("/api/v1/class-series").then().statusCode(201).extract().jsonPath();
    }

    /** The rule with this test's service and first room. */
    private String seriesOf(String rule) {
        return "{\"serviceId\":\"" + service + "\",\"resourceId\":\"" + resource + "\"," + rule.substring(1);
    }

    private String room(String location, String name) {
        return api().body("{\"name\":\"" + name + "\",\"locationId\":\"" + location + "\",\"kind\":\"ROOM\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }

    private RequestSpecification other() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant));
    }
}
