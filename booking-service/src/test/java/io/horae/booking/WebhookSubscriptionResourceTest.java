package io.horae.booking;

import io.horae.testing.InternalTokens;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class WebhookSubscriptionResourceTest {

    @Test
    void theSecretIsShownOnceWhenSubscribing() {
        String id = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("gym"))
                .body("{\"url\":\"https://gym.example/hooks\",\"eventTypes\":[\"booking.cancelled.v1\",\"booking.created.v1\"]}")
                .post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract().path("id");
        given().auth().oauth2(InternalTokens.of("gym")).get("/api/v1/webhooks/" + id)
                .then().statusCode(200)
                .body("secret", nullValue())
                .body("eventTypes[0]", equalTo("booking.cancelled.v1"));
        given().auth().oauth2(InternalTokens.of("pool")).get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void undeliverableUrlsAndUnknownEventShapesAreRefused() {
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("gym"))
                .body("{\"url\":\"ftp://gym.example\",\"eventTypes\":[\"booking.cancelled.v1\"]}")
                .post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("gym"))
                .body("{\"url\":\"https://gym.example\",\"eventTypes\":[\"DROP TABLE\"]}")
                .post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("eventTypes[0]"));
    }
}
