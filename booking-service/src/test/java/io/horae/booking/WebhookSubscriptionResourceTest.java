package io.horae.booking;

import io.horae.testing.InternalTokens;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:8081/hooks", "https://127.0.0.2/hooks", "http://169.254.169.254/latest",
            "http://10.0.0.7/", "http://[fd00::1]:8082/", "http://0.0.0.0:8084/", "http://[::ffff:127.0.0.2]/",
            "http://2130706434/", "http://0x7f000002/", "https://user:secret@gym.example/hooks"})
    void aReceiverInsideTheNetworkIsRefused(String url) {
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("gym"))
                .body("{\"url\":\"" + url + "\",\"eventTypes\":[\"booking.cancelled.v1\"]}")
                .post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void aTenantHasAtMostTwentyFiveSubscriptionsAndMayEndOne() {
        String tenant = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(subscribe(tenant).then().statusCode(201).extract().path("id"));
        }
        subscribe(tenant).then().statusCode(409);
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).delete("/api/v1/webhooks/" + ids.get(0))
                .then().statusCode(404);
        given().auth().oauth2(InternalTokens.of(tenant)).delete("/api/v1/webhooks/" + ids.get(0))
                .then().statusCode(204);
        given().auth().oauth2(InternalTokens.of(tenant)).get("/api/v1/webhooks/" + ids.get(0))
                .then().statusCode(200).body("active", equalTo(false));
        subscribe(tenant).then().statusCode(201);
    }

    private static Response subscribe(String tenant) {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant))
                .body("{\"url\":\"https://" + tenant + ".example/hooks\",\"eventTypes\":[\"booking.cancelled.v1\"]}")
                .post("/api/v1/webhooks");
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
