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
}
