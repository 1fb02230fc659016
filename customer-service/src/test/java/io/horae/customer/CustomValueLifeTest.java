package io.horae.customer;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** A custom value is changed (its key and type stay), retired (required of nobody) and deleted while nobody has it. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class CustomValueLifeTest {
    private final String tenant = "values-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDefinitionChangesKeepingWhatCustomersHaveAndRetiresBeforeItGoes() {
        String level = api().body("{\"key\":\"level\",\"label\":\"Level\",\"type\":\"ENUM\","
                        + "\"allowedValues\":[\"gold\",\"silver\"],\"required\":true}")
                .post("/api/v1/custom-value-definitions").then().statusCode(201).extract().path("id");
        api().body("{\"firstName\":\"Gina\",\"lastName\":\"Gold\",\"customValues\":{\"level\":\"gold\"}}")
                .post("/api/v1/customers").then().statusCode(201);
        api().body("{\"firstName\":\"No\",\"lastName\":\"Level\"}").post("/api/v1/customers").then().statusCode(400);

        api().body("{\"label\":\"Membership\",\"allowedValues\":[\"gold\",\"bronze\"]}")
                .patch("/api/v1/custom-value-definitions/" + level).then().statusCode(200)
                .body("label", equalTo("Membership")).body("allowedValues", contains("gold", "bronze"))
                .body("required", equalTo(true));
        api().body("{\"allowedValues\":[\"bronze\"]}").patch("/api/v1/custom-value-definitions/" + level)
                .then().statusCode(409).body("detail", containsString("1 customers"));
        api().body("{\"key\":\"tier\"}").patch("/api/v1/custom-value-definitions/" + level).then().statusCode(400)
                .body("errors[0].field", equalTo("key"));
        api().body("{\"type\":\"STRING\"}").patch("/api/v1/custom-value-definitions/" + level).then().statusCode(400);
        api().body("{\"allowedValues\":[]}").patch("/api/v1/custom-value-definitions/" + level).then().statusCode(400);
        other().body("{\"label\":\"Theirs\"}").patch("/api/v1/custom-value-definitions/" + level).then().statusCode(404);

        api().post("/api/v1/custom-value-definitions/" + level + "/deactivation").then().statusCode(200)
                .body("active", equalTo(false));
        api().get("/api/v1/custom-value-definitions?active=true").then().body("id", not(hasItem(level)));
        api().body("{\"firstName\":\"No\",\"lastName\":\"Level\"}").post("/api/v1/customers").then().statusCode(201);
        api().delete("/api/v1/custom-value-definitions/" + level).then().statusCode(409)
                .body("detail", containsString("retire it instead"));
        other().delete("/api/v1/custom-value-definitions/" + level).then().statusCode(404);

        String unused = api().body("{\"key\":\"shoeSize\",\"label\":\"Shoe size\",\"type\":\"NUMBER\"}")
                .post("/api/v1/custom-value-definitions").then().statusCode(201).extract().path("id");
        api().delete("/api/v1/custom-value-definitions/" + unused).then().statusCode(204);
        api().get("/api/v1/custom-value-definitions/" + unused).then().statusCode(404);
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }

    private RequestSpecification other() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant));
    }
}
