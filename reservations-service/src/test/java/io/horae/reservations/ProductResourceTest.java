package io.horae.reservations;

import io.horae.testing.InternalTokens;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class ProductResourceTest {

    @Test
    void definedProductKeepsItsExactPrice() {
        String id = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("florist"))
                .body("{\"name\":\"Bouquet\",\"price\":1299.90,\"currency\":\"CZK\",\"vatRate\":12}")
                .post("/api/v1/products")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(InternalTokens.of("florist")).get("/api/v1/products/" + id)
                .then().statusCode(200).body("price", equalTo(1299.90f)).body("currency", equalTo("CZK"));
        given().auth().oauth2(InternalTokens.of("baker")).get("/api/v1/products/" + id).then().statusCode(404);
    }

    @Test
    void impossiblePricesAreRefusedFieldByField() {
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("florist"))
                .body("{\"name\":\"Bouquet\",\"price\":-1,\"currency\":\"czk\",\"vatRate\":101}")
                .post("/api/v1/products")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("price", "currency", "vatRate"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("florist"))
                .body("{\"name\":\"Bouquet\",\"price\":\"cheap\",\"currency\":\"CZK\",\"vatRate\":1}")
                .post("/api/v1/products")
                .then().statusCode(400).body("errors[0].field", equalTo("price"));
    }
}
