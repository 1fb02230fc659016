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

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A merchant changes what it published: services and resources are changed by merge patch, retired (offered to no
 * new booking, the future ones listed), offered again, and deleted only while nothing uses them.
 */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class CatalogueLifeTest {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 28);

    private final String tenant = "life-" + UUID.randomUUID().toString().substring(0, 8);
    private String location;
    private String service;
    private String resource;

    @BeforeEach
    void arrangeOneResourceWorkingNineToNoon() {
        location = api().body("{\"name\":\"Karlín\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        service = api().body("{\"names\":{\"en\":\"Fitting\"},\"durationMinutes\":60,\"price\":40,"
                        + "\"currency\":\"EUR\",\"maximumDaysAhead\":1000}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        resource = api().body("{\"name\":\"Dana\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        api().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + resource + "/services")
                .then().statusCode(200);
        api().body("{\"rules\":[{\"day\":\"SUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}")
                .put("/api/v1/working-hours/" + resource).then().statusCode(200);
    }

    @Test
    void aServiceIsChangedByMergePatchCheckedAsANewOneAndTheChangeIsAnnounced() {
        api().body("{\"names\":{\"en\":\"Fitting\",\"cs\":\"Zkouška\"},\"price\":55.5,\"segment\":null,"
                        + "\"reminderMinutes\":180}")
                .patch("/api/v1/services/" + service).then().statusCode(200)
                .body("names.cs", equalTo("Zkouška")).body("price", equalTo(55.5f)).body("reminderMinutes", equalTo(180))
                .body("durationMinutes", equalTo(60)).body("currency", equalTo("EUR"));
        api().header("Accept-Language", "cs").get("/api/v1/services/" + service).then().statusCode(200)
                .body("name", equalTo("Zkouška"));
        HoraeInfrastructure.topic("horae.catalog").await(r -> service.equals(r.key())
                && r.value().contains("Zkouška") && r.value().contains("55.5")
                && r.value().contains("\"reminderMinutes\":180"), Duration.ofSeconds(30));
        api().body("{\"reminderMinutes\":43201}").patch("/api/v1/services/" + service).then().statusCode(400)
                .body("errors[0].field", equalTo("reminderMinutes"));

        api().body("{\"durationMinutes\":0}").patch("/api/v1/services/" + service).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("durationMinutes"));
        api().body("{\"durationMinutes\":\"long\"}").patch("/api/v1/services/" + service).then().statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        api().body("{\"price\":10,\"currency\":null}").patch("/api/v1/services/" + service).then().statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        api().body("{\"names\":null}").patch("/api/v1/services/" + service).then().statusCode(400);
        api().get("/api/v1/services/" + service).then().body("durationMinutes", equalTo(60))
                .body("price", equalTo(55.5f));
        other().body("{\"price\":1}").patch("/api/v1/services/" + service).then().statusCode(404);
    }

    @Test
    void aRetiredServiceIsOfferedToNoNewBookingAndItsFutureBookingsAreListed() throws Exception {
        UUID booking = UUID.randomUUID();
        UUID reservation = busy(resource, service, at(10), booking);
        starts().body("start", hasSize(2));

        api().post("/api/v1/services/" + service + "/deactivation").then().statusCode(200)
                .body("service.active", equalTo(false))
                .body("affectedBookings.bookingId", contains(booking.toString()))
                .body("affectedBookings.reservationId", contains(reservation.toString()))
                .body("affectedBookings[0].resourceId", equalTo(resource));
        starts().body("start", empty());
        ask(serviceLine(at(11))).body("verdict", contains("INVALID"))
                .body("[0].field", equalTo("serviceId")).body("[0].reason", equalTo("is no longer offered"));
        api().get("/api/v1/services?active=false").then().body("id", hasItem(service));
        api().get("/api/v1/services?active=true").then().body("id", not(hasItem(service)));
        other().post("/api/v1/services/" + service + "/activation").then().statusCode(404);

        api().post("/api/v1/services/" + service + "/activation").then().statusCode(200).body("active", equalTo(true));
        ask(serviceLine(at(11))).body("verdict", contains("OFFERED"));
    }

    @Test
    void onlyAServiceNothingUsedIsDeletedAndOneInUseAnswersWhatUsesIt() throws Exception {
        String spare = api().body("{\"names\":{\"en\":\"Spare\"},\"durationMinutes\":30}").post("/api/v1/services")
                .then().statusCode(201).extract().path("id");
        api().body("{\"serviceIds\":[\"" + service + "\",\"" + spare + "\"]}")
                .put("/api/v1/resources/" + resource + "/services").then().statusCode(200);
        other().delete("/api/v1/services/" + spare).then().statusCode(404);
        api().delete("/api/v1/services/" + spare).then().statusCode(204);
        api().get("/api/v1/services/" + spare).then().statusCode(404);
        api().get("/api/v1/resources/" + resource + "/services").then().body("serviceIds", contains(service));

        busy(resource, service, at(10), UUID.randomUUID());
        api().delete("/api/v1/services/" + service).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1 reservations and 0 classes"))
                .body("detail", containsString("deactivate it instead"));
        api().get("/api/v1/services/" + service).then().statusCode(200);
    }

    @Test
    void aResourceIsChangedRetiredAndDeletedLikeAService() throws Exception {
        String annex = api().body("{\"name\":\"Annex\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        api().body("{\"name\":\"Dana Nováková\",\"locationId\":\"" + annex + "\",\"tags\":[\"senior\"]}")
                .patch("/api/v1/resources/" + resource).then().statusCode(200)
                .body("name", equalTo("Dana Nováková")).body("locationId", equalTo(annex))
                .body("kind", equalTo("STAFF")).body("tags", contains("senior"));
        String elsewhere = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"name\":\"Theirs\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        api().body("{\"locationId\":\"" + elsewhere + "\"}").patch("/api/v1/resources/" + resource).then()
                .statusCode(400).body("errors[0].field", equalTo("locationId"));
        api().body("{\"kind\":\"DRAGON\"}").patch("/api/v1/resources/" + resource).then().statusCode(400);
        api().body("{\"locationId\":\"" + location + "\"}").patch("/api/v1/resources/" + resource).then()
                .statusCode(200);

        UUID booking = UUID.randomUUID();
        busy(resource, service, at(9), booking);
        api().post("/api/v1/resources/" + resource + "/deactivation").then().statusCode(200)
                .body("resource.active", equalTo(false))
                .body("affectedBookings.bookingId", contains(booking.toString()));
        ask(serviceLine(at(11))).body("verdict", contains("INVALID"));
        api().get("/api/v1/resources?active=false").then().body("id", hasItem(resource));
        api().delete("/api/v1/resources/" + resource).then().statusCode(409)
                .body("detail", containsString("deactivate it instead"));

        String unused = api().body("{\"name\":\"Chair\",\"locationId\":\"" + location + "\",\"kind\":\"EQUIPMENT\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        api().body("{\"rules\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}")
                .put("/api/v1/working-hours/" + unused).then().statusCode(200);
        api().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + unused + "/services")
                .then().statusCode(200);
        api().delete("/api/v1/resources/" + unused).then().statusCode(204);
        api().get("/api/v1/resources/" + unused).then().statusCode(404);
    }

    @Test
    void hoursAreReadBackDateHoursRemovedTimeOffListedWithWhatIsBookedInItAndHolidaysRemoved() throws Exception {
        api().get("/api/v1/working-hours/" + resource + "/week").then().statusCode(200)
                .body("rules[0].day", equalTo("SUNDAY")).body("rules[0].start", equalTo("09:00:00"))
                .body("rules[0].end", equalTo("12:00:00"));
        other().get("/api/v1/working-hours/" + resource + "/week").then().statusCode(404);

        api().body("{\"windows\":[]}").put("/api/v1/working-hours/" + resource + "/dates/" + DAY).then()
                .statusCode(204);
        starts().body("start", empty());
        api().delete("/api/v1/working-hours/" + resource + "/dates/" + DAY).then().statusCode(204);
        starts().body("start", hasSize(3));

        UUID booking = UUID.randomUUID();
        busy(resource, service, at(10), booking);
        String off = api().body("{\"resourceId\":\"" + resource + "\",\"start\":\"" + at(9) + "\",\"end\":\""
                        + at(11) + "\",\"reason\":\"doctor\"}").post("/api/v1/free-time").then().statusCode(201)
                .body("affectedBookings.bookingId", contains(booking.toString())).extract().path("id");
        OffsetDateTime from = DAY.atStartOfDay(PRAGUE).toOffsetDateTime();
        api().get("/api/v1/free-time?resourceId=" + resource + "&from=" + from.toInstant() + "&to="
                + from.plusDays(1).toInstant()).then().statusCode(200).body("id", contains(off))
                .body("[0].reason", equalTo("doctor"));
        api().get("/api/v1/free-time?from=" + from.toInstant() + "&to=" + from.plusDays(1).toInstant()).then()
                .statusCode(400).body("errors[0].field", equalTo("resourceId"));
        other().get("/api/v1/free-time?resourceId=" + resource + "&from=" + from.toInstant() + "&to="
                + from.plusDays(1).toInstant()).then().statusCode(404);

        String holiday = api().body("{\"date\":\"" + DAY + "\",\"name\":\"Easter\"}")
                .post("/api/v1/locations/" + location + "/holidays").then().statusCode(201).extract().path("id");
        other().delete("/api/v1/locations/" + location + "/holidays/" + holiday).then().statusCode(404);
        api().delete("/api/v1/locations/" + location + "/holidays/" + holiday).then().statusCode(204);
        api().delete("/api/v1/locations/" + location + "/holidays/" + holiday).then().statusCode(404);
        api().get("/api/v1/locations/" + location + "/holidays").then().body("id", empty());
    }

    @Test
    void shorterHoursListTheBookingsTheyNoLongerCoverAndCancelNone() throws Exception {
        UUID booking = UUID.randomUUID();
        busy(resource, service, at(10), booking);
        api().body("{\"rules\":[{\"day\":\"SUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}")
                .put("/api/v1/working-hours/" + resource).then().statusCode(200)
                .body("affectedBookings", empty()).body("rules[0].day", equalTo("SUNDAY"));
        api().body("{\"rules\":[{\"day\":\"SUNDAY\",\"start\":\"10:30\",\"end\":\"12:00\"}]}")
                .put("/api/v1/working-hours/" + resource).then().statusCode(200)
                .body("affectedBookings.bookingId", contains(booking.toString()));
        // the booking stays and keeps its time: 10:30 is not free, and 11:30 would end after closing
        starts().body("start", empty());
    }

    @Test
    void aRetiredLocationRetiresItsResourcesAndTakesNoNewOnesAndOnlyAnEmptyOneIsDeleted() throws Exception {
        UUID booking = UUID.randomUUID();
        busy(resource, service, at(9), booking);
        api().post("/api/v1/locations/" + location + "/deactivation").then().statusCode(200)
                .body("location.active", equalTo(false))
                .body("affectedBookings.bookingId", contains(booking.toString()));
        api().get("/api/v1/resources/" + resource).then().body("active", equalTo(false));
        HoraeInfrastructure.topic("horae.catalog").await(r -> resource.equals(r.key())
                && r.value().contains("\"active\":false"), Duration.ofSeconds(30));
        ask(serviceLine(at(11))).body("verdict", contains("INVALID"));
        api().get("/api/v1/locations?active=false").then().body("id", contains(location));
        api().get("/api/v1/locations?active=true").then().body("id", not(hasItem(location)));
        api().body("{\"name\":\"Eva\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                .post("/api/v1/resources").then().statusCode(400).body("errors[0].field", equalTo("locationId"));
        api().post("/api/v1/resources/" + resource + "/activation").then().statusCode(409);
        api().body("{\"name\":\"Dana K.\"}").patch("/api/v1/resources/" + resource).then().statusCode(200);
        api().delete("/api/v1/locations/" + location).then().statusCode(409)
                .body("detail", containsString("1 resources"));
        other().post("/api/v1/locations/" + location + "/deactivation").then().statusCode(404);
        other().delete("/api/v1/locations/" + location).then().statusCode(404);

        api().post("/api/v1/locations/" + location + "/activation").then().statusCode(200).body("active", equalTo(true));
        api().post("/api/v1/resources/" + resource + "/activation").then().statusCode(200);

        String empty = api().body("{\"name\":\"Smíchov\",\"timeZone\":\"Europe/Prague\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        api().body("{\"date\":\"2027-05-01\",\"name\":\"Labour Day\"}").post("/api/v1/locations/" + empty
                + "/holidays").then().statusCode(201);
        api().delete("/api/v1/locations/" + empty).then().statusCode(204);
        api().get("/api/v1/locations/" + empty).then().statusCode(404);
    }

    @Test
    void aCancelledClassTakesNoBookingAndIsAnnounced() {
        String yoga = api().body("{\"serviceId\":\"" + service + "\",\"resourceId\":\"" + resource + "\",\"start\":\""
                + at(18) + "\",\"capacity\":5}").post("/api/v1/classes").then().statusCode(201).extract().path("id");
        String seat = "{\"kind\":\"CLASS\",\"classId\":\"" + yoga + "\",\"seats\":1}";
        ask(seat).body("verdict", contains("OFFERED"));

        other().body("{}").post("/api/v1/classes/" + yoga + "/cancellation").then().statusCode(404);
        api().body("{\"reason\":\"the teacher is ill\"}").post("/api/v1/classes/" + yoga + "/cancellation").then()
                .statusCode(200).body("cancelledAt", notNullValue()).body("cancelReason", equalTo("the teacher is ill"))
                .body("seatsLeft", equalTo(0));
        ask(seat).body("verdict", contains("INVALID")).body("[0].reason", equalTo("was cancelled"));
        api().body("{}").post("/api/v1/classes/" + yoga + "/cancellation").then().statusCode(409);
        HoraeInfrastructure.topic("horae.catalog").await(r -> yoga.equals(r.key())
                && r.value().contains("catalog.class_cancelled.v1") && r.value().contains("the teacher is ill"),
                Duration.ofSeconds(30));
    }

    /** A booking's (or a hold's, null) claim of the hour from {@code start}; the reservation's id. */
    private UUID busy(String resourceId, String serviceId, OffsetDateTime start, UUID booking) throws Exception {
        return BusyTime.claim(tenant, resourceId, serviceId, null, start, start.plusHours(1), 1, booking);
    }

    private ValidatableResponse starts() {
        OffsetDateTime from = DAY.atStartOfDay(PRAGUE).toOffsetDateTime();
        return api().get("/api/v1/availability?serviceId=" + service + "&resourceId=" + resource + "&from="
                + from.toInstant() + "&to=" + from.plusDays(1).toInstant()).then().statusCode(200);
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

    private RequestSpecification other() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant));
    }
}
