package io.horae.customer;

import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class CustomerResourceTest {

    @Test
    void registeredCustomerCanBeReadBackAndIsAnnounced() {
        String id = given().contentType(ContentType.JSON).header("X-Horae-Tenant", "salon-anna")
                .body("{\"firstName\":\" Zoë \",\"lastName\":\"Müller\",\"email\":\"zoe@example.com\"}")
                .post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/customers/"))
                .extract().path("id");

        given().header("X-Horae-Tenant", "salon-anna").get("/api/v1/customers/" + id)
                .then().statusCode(200)
                .body("firstName", equalTo("Zoë"))
                .body("lastName", equalTo("Müller"));

        ConsumerRecord<String, String> event = HoraeInfrastructure.topic("horae.customers")
                .await(r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(event.value()).contains("\"type\":\"customer.created.v1\"", "\"tenantid\":\"salon-anna\"",
                "\"lastName\":\"Müller\"");
    }

    @Test
    void anotherTenantsCustomerDoesNotExist() {
        String id = given().contentType(ContentType.JSON).header("X-Horae-Tenant", "salon-anna")
                .body("{\"firstName\":\"Eva\",\"lastName\":\"Nováková\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");

        given().header("X-Horae-Tenant", "barber-bob").get("/api/v1/customers/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("X-Horae-Tenant", "salon-anna").get("/api/v1/customers/not-a-uuid")
                .then().statusCode(404);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        given().contentType(ContentType.JSON).header("X-Horae-Tenant", "salon-anna")
                .body("{\"firstName\":\"\",\"lastName\":\"" + "x".repeat(101) + "\",\"email\":\"nope\",\"phone\":\"abc\"}")
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("firstName", "lastName", "email", "phone"));
        given().contentType(ContentType.JSON).header("X-Horae-Tenant", "salon-anna")
                .body("{\"firstName\": 42, \"lastName\": {}}")
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("X-Horae-Tenant", "salon-anna")
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
