package io.horae.booking;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The merchant's payment methods: what a payment it took itself came by; renamed, retired, deleted while unused. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class PaymentMethodTest extends BookingServiceTest {

    @Test
    void aPaymentTheMerchantTookNamesItsMethodWhichStaysWhileAPaymentNamesIt() throws Exception {
        String card = api().body("{\"name\":\"Card\"}").post("/api/v1/payment-methods").then().statusCode(201)
                .extract().path("id");
        String cash = api().body("{\"name\":\" Cash \"}").post("/api/v1/payment-methods").then().statusCode(201)
                .body("name", equalTo("Cash")).extract().path("id");
        api().body("{\"name\":\"Card\"}").post("/api/v1/payment-methods").then().statusCode(409);
        api().body("{\"name\":\"\"}").post("/api/v1/payment-methods").then().statusCode(400);
        api().get("/api/v1/payment-methods").then().statusCode(200).body("name", contains("Card", "Cash"));
        String theirs = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"name\":\"Card\"}").post("/api/v1/payment-methods").then().statusCode(201).extract().path("id");

        String booking = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().body("{\"method\":\"EXTERNAL\",\"amount\":10,\"paymentMethodId\":\"" + theirs + "\"}")
                .post("/api/v1/bookings/" + booking + "/payments").then().statusCode(400)
                .body("errors[0].field", equalTo("paymentMethodId"));
        api().body("{\"method\":\"CREDIT\",\"amount\":10,\"paymentMethodId\":\"" + card + "\"}")
                .post("/api/v1/bookings/" + booking + "/payments").then().statusCode(400);
        api().body("{\"method\":\"EXTERNAL\",\"amount\":10,\"paymentMethodId\":\"" + card + "\"}")
                .post("/api/v1/bookings/" + booking + "/payments").then().statusCode(200).body("paid", equalTo(10.0f));
        org.assertj.core.api.Assertions.assertThat(sql("SELECT count(*) FROM booking_payment WHERE payment_method_id = '"
                + card + "'")).isEqualTo(1);

        api().body("{\"name\":\"Debit card\"}").patch("/api/v1/payment-methods/" + card).then().statusCode(200)
                .body("name", equalTo("Debit card"));
        api().body("{\"name\":\"Cash\"}").patch("/api/v1/payment-methods/" + card).then().statusCode(409);
        api().delete("/api/v1/payment-methods/" + card).then().statusCode(409)
                .body("detail", containsString("retire it instead"));
        api().post("/api/v1/payment-methods/" + card + "/deactivation").then().statusCode(200)
                .body("active", equalTo(false));
        api().get("/api/v1/payment-methods?active=true").then().body("name", contains("Cash"));
        api().body("{\"method\":\"EXTERNAL\",\"amount\":5,\"paymentMethodId\":\"" + card + "\"}")
                .post("/api/v1/bookings/" + booking + "/payments").then().statusCode(400);
        api().delete("/api/v1/payment-methods/" + cash).then().statusCode(204);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .delete("/api/v1/payment-methods/" + card).then().statusCode(404);
    }
}
