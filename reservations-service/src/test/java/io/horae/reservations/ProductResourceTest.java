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

    @Test
    void aProductIsChangedRetiredAndDeletedOnlyWhileNothingNamedIt() {
        String tenant = "shop-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String vase = api(tenant).body("{\"name\":\"Vase\",\"price\":10,\"currency\":\"EUR\",\"vatRate\":21}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        api(tenant).body("{\"price\":12.5,\"category\":\"Glass\"}").patch("/api/v1/products/" + vase).then()
                .statusCode(200).body("price", equalTo(12.5f)).body("category", equalTo("Glass"))
                .body("name", equalTo("Vase"));
        api(tenant).body("{\"vatRate\":101}").patch("/api/v1/products/" + vase).then().statusCode(400)
                .body("errors[0].field", equalTo("vatRate"));
        api(tenant).get("/api/v1/products?category=Glass").then().body("id", hasItems(vase));
        api("other-" + tenant).body("{\"price\":1}").patch("/api/v1/products/" + vase).then().statusCode(404);

        String store = java.util.UUID.randomUUID().toString();
        api(tenant).body("{\"quantity\":5}").put("/api/v1/products/" + vase + "/stock/" + store).then().statusCode(200);
        api(tenant).post("/api/v1/products/" + vase + "/deactivation").then().statusCode(200)
                .body("active", equalTo(false));
        api(tenant).body("{\"customerId\":\"" + CustomerStandIn.known(tenant) + "\",\"storeId\":\"" + store
                        + "\",\"items\":[{\"productId\":\"" + vase + "\",\"amount\":1}]}")
                .post("/api/v1/product-reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].productId"));
        api(tenant).get("/api/v1/products?active=false").then().body("id", hasItems(vase));
        api(tenant).post("/api/v1/products/" + vase + "/activation").then().statusCode(200)
                .body("active", equalTo(true));
        api(tenant).body("{\"customerId\":\"" + CustomerStandIn.known(tenant) + "\",\"storeId\":\"" + store
                        + "\",\"items\":[{\"productId\":\"" + vase + "\",\"amount\":1}]}")
                .post("/api/v1/product-reservations").then().statusCode(201);
        api(tenant).delete("/api/v1/products/" + vase).then().statusCode(409).contentType("application/problem+json");

        String spare = api(tenant).body("{\"name\":\"Spare\",\"price\":1,\"currency\":\"EUR\",\"vatRate\":21}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        api(tenant).body("{\"quantity\":5}").put("/api/v1/products/" + spare + "/stock/" + store).then().statusCode(200);
        api("other-" + tenant).delete("/api/v1/products/" + spare).then().statusCode(404);
        api(tenant).delete("/api/v1/products/" + spare).then().statusCode(204);
        api(tenant).get("/api/v1/products/" + spare).then().statusCode(404);
    }

    private static io.restassured.specification.RequestSpecification api(String tenant) {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
