package io.horae.availability;

import io.horae.testing.InternalTokens;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class LocationResourceTest {

    @Test
    void openedLocationKeepsItsTimeZoneAndIsListedOnlyForItsTenant() {
        String id = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("kolkata-spa"))
                .body("{\"name\":\"Park Street\",\"timeZone\":\"Asia/Kolkata\",\"latitude\":22.55,\"longitude\":88.35}")
                .post("/api/v1/locations")
                .then().statusCode(201).body("timeZone", equalTo("Asia/Kolkata")).extract().path("id");

        given().auth().oauth2(InternalTokens.of("kolkata-spa")).get("/api/v1/locations")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(InternalTokens.of("other-spa")).get("/api/v1/locations")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(InternalTokens.of("other-spa")).get("/api/v1/locations/" + id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownZonesAndFixedOffsetsAreRefused() {
        for (String zone : new String[] {"Mars/Olympus", "+02:00", "CET-ish"}) {
            given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("kolkata-spa"))
                    .body("{\"name\":\"X\",\"timeZone\":\"" + zone + "\"}")
                    .post("/api/v1/locations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("timeZone"));
        }
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("kolkata-spa"))
                .body("{\"name\":\"X\",\"timeZone\":\"Europe/Prague\",\"latitude\":91}")
                .post("/api/v1/locations")
                .then().statusCode(400).body("errors[0].field", equalTo("latitude"));
    }

    @Test
    void aLocationIsChangedByMergePatchCheckedAsANewOne() {
        String id = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("moving-spa"))
                .body("{\"name\":\"Old Town\",\"timeZone\":\"Europe/Prague\",\"city\":\"Praha\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("moving-spa"))
                .body("{\"name\":\"New Town\",\"timeZone\":\"Europe/Berlin\",\"city\":null}")
                .patch("/api/v1/locations/" + id).then().statusCode(200)
                .body("name", equalTo("New Town")).body("timeZone", equalTo("Europe/Berlin"))
                .body("city", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("moving-spa"))
                .body("{\"timeZone\":\"+02:00\"}").patch("/api/v1/locations/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("timeZone"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-spa"))
                .body("{\"name\":\"Mine\"}").patch("/api/v1/locations/" + id).then().statusCode(404);
        given().auth().oauth2(InternalTokens.of("moving-spa")).get("/api/v1/locations/" + id).then()
                .body("name", equalTo("New Town"));
    }
}
