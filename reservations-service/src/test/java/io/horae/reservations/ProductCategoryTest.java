package io.horae.reservations;

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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Product categories are a catalogue: every name a product gives is one, renamed with its products, deleted unused. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class ProductCategoryTest {
    private final String tenant = "shelves-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCategoryAProductNamesIsInTheCatalogueAndRenamingItRenamesItsProducts() {
        String vase = api().body("{\"name\":\"Vase\",\"price\":10,\"currency\":\"EUR\",\"vatRate\":21,\"category\":\"Glass\"}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        api().body("{\"name\":\"Jug\",\"price\":8,\"currency\":\"EUR\",\"vatRate\":21,\"category\":\"Glass\"}")
                .post("/api/v1/products").then().statusCode(201);
        String ceramics = api().body("{\"name\":\"Ceramics\"}").post("/api/v1/product-categories").then()
                .statusCode(201).extract().path("id");
        api().body("{\"name\":\"Ceramics\"}").post("/api/v1/product-categories").then().statusCode(409);
        String glass = api().get("/api/v1/product-categories").then().statusCode(200)
                .body("name", contains("Ceramics", "Glass")).extract().path("find { it.name == 'Glass' }.id");

        api().body("{\"name\":\"Glassware\"}").patch("/api/v1/product-categories/" + glass).then().statusCode(200)
                .body("name", equalTo("Glassware"));
        api().get("/api/v1/products/" + vase).then().body("category", equalTo("Glassware"));
        api().body("{\"name\":\"Ceramics\"}").patch("/api/v1/product-categories/" + glass).then().statusCode(409);
        api().delete("/api/v1/product-categories/" + glass).then().statusCode(409)
                .body("detail", containsString("2 products"));
        other().delete("/api/v1/product-categories/" + ceramics).then().statusCode(404);
        other().get("/api/v1/product-categories").then().statusCode(200).body("", empty());
        api().delete("/api/v1/product-categories/" + ceramics).then().statusCode(204);
        api().get("/api/v1/product-categories").then().body("name", contains("Glassware"));
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }

    private RequestSpecification other() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant));
    }
}
