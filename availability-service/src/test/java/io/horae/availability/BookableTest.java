package io.horae.availability;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The question reservations-service asks before each claim: does the catalogue offer these lines? */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class BookableTest {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 28);

    private final String tenant = "desk-" + UUID.randomUUID().toString().substring(0, 8);
    private String location;
    private String service;
    private String resource;

    @BeforeEach
    void arrangeOneResourceWorkingNineToNoon() {
        location = api().body("{\"name\":\"Karlín\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        service = api().body("{\"names\":{\"en\":\"Fitting\"},\"durationMinutes\":60,\"stepMinutes\":60,"
                        + "\"bufferAfterMinutes\":15,\"maximumDaysAhead\":1000}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        resource = api().body("{\"name\":\"Dana\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        api().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + resource + "/services")
                .then().statusCode(200);
        api().body("{\"rules\":[{\"day\":\"SUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}")
                .put("/api/v1/working-hours/" + resource).then().statusCode(200);
    }

    @Test
    void anOfferedStartComesWithWhatItWouldBlockOnTheDstDay() {
        OffsetDateTime ten = at(10);
        ask(serviceLine(ten)).body("verdict", contains("OFFERED"))
                .body("[0].start", equalTo("2027-03-28T08:00:00Z"))
                .body("[0].footprintEnd", equalTo("2027-03-28T09:15:00Z"))
                .body("[0].capacity", equalTo(1))
                .body("[0].resourceId", equalTo(resource));
        ask(serviceLine(at(12))).body("verdict", contains("NOT_OFFERED"));
        ask(serviceLine(ten.plusMinutes(30))).body("verdict", contains("NOT_OFFERED"));
    }

    @Test
    void aCatalogueChangeIsSeenByTheVeryNextQuestion() {
        OffsetDateTime ten = at(10);
        ask(serviceLine(ten)).body("verdict", contains("OFFERED"));

        String off = api().body("{\"resourceId\":\"" + resource + "\",\"start\":\"" + ten + "\",\"end\":\""
                + ten.plusHours(1) + "\",\"reason\":\"training\"}").post("/api/v1/free-time")
                .then().statusCode(201).extract().path("id");
        ask(serviceLine(ten)).body("verdict", contains("NOT_OFFERED"));

        api().delete("/api/v1/free-time/" + off).then().statusCode(204);
        ask(serviceLine(ten)).body("verdict", contains("OFFERED"));

        api().body("{\"serviceIds\":[]}").put("/api/v1/resources/" + resource + "/services").then().statusCode(200);
        ask(serviceLine(ten)).body("verdict", contains("INVALID"))
                .body("[0].field", equalTo("resourceId")).body("[0].reason", equalTo("does not offer this service"));
    }

    @Test
    void classSeatsAndRentalsAreAnsweredFromTheCatalogue() {
        String yoga = api().body("{\"names\":{\"en\":\"Yoga\"},\"durationMinutes\":60,\"capacity\":5}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        String occurrence = api().body("{\"serviceId\":\"" + yoga + "\",\"resourceId\":\"" + resource
                        + "\",\"start\":\"" + at(18) + "\"}").post("/api/v1/classes").then().statusCode(201)
                .extract().path("id");
        ask("{\"kind\":\"CLASS\",\"classId\":\"" + occurrence + "\",\"seats\":2}")
                .body("verdict", contains("OFFERED")).body("[0].capacity", equalTo(5))
                .body("[0].serviceId", equalTo(yoga)).body("[0].resourceId", equalTo(resource));
        ask("{\"kind\":\"CLASS\",\"classId\":\"" + occurrence + "\",\"seats\":6}").body("verdict", contains("INVALID"));
        ask("{\"kind\":\"CLASS\",\"classId\":\"" + UUID.randomUUID() + "\",\"seats\":1}")
                .body("verdict", contains("INVALID"));

        ask("{\"kind\":\"RENTAL\",\"resourceId\":\"" + resource + "\",\"start\":\"" + at(9) + "\",\"end\":\"" + at(11)
                + "\"}").body("verdict", contains("OFFERED"));
        ask("{\"kind\":\"RENTAL\",\"resourceId\":\"" + resource + "\",\"start\":\"" + at(9) + "\",\"end\":\"" + at(13)
                + "\"}").body("verdict", contains("NOT_OFFERED"));
    }

    @Test
    void anotherTenantsObjectsAreUnknownAndMalformedLinesAreProblems() {
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"lines\":[" + serviceLine(at(10)) + "]}").post("/api/v1/availability/bookable")
                .then().statusCode(200).body("verdict", contains("INVALID"));
        api().body("{\"lines\":[{\"kind\":\"SERVICE\",\"resourceId\":\"" + resource + "\"}]}")
                .post("/api/v1/availability/bookable").then().statusCode(400)
                .contentType("application/problem+json");
        api().body("{\"lines\":[{\"kind\":\"TEA\"}]}").post("/api/v1/availability/bookable").then().statusCode(400);
        api().body("{\"lines\":[]}").post("/api/v1/availability/bookable").then().statusCode(400);
    }

    private static OffsetDateTime at(int hour) {
        return DAY.atTime(hour, 0).atZone(PRAGUE).toOffsetDateTime();
    }

    private String serviceLine(OffsetDateTime start) {
        return "{\"kind\":\"SERVICE\",\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                + "\",\"start\":\"" + start + "\",\"seats\":1}";
    }

    private ValidatableResponse ask(String line) {
        return api().body("{\"lines\":[" + line + "]}").post("/api/v1/availability/bookable").then().statusCode(200);
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
