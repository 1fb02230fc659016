package io.horae.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** CareCloud's product reservations (seed 000) replayed: the seed's requests and answers, field by field. */
final class CareCloudReplay extends VendorClients {
    CareCloudReplay(Platform platform) {
        super(platform);
    }

    void careCloudProductReservationsAsTheSeedShowsThem() {
        String customer = customer("Eva", "Malá", "eva@example.com", null);
        String store = platform.api().body("{\"name\":\"Obchod\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        String product = platform.api().body("{\"name\":\"Vitamins\",\"price\":23,\"currency\":\"CZK\",\"vatRate\":5}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        platform.api().body("{\"quantity\":10}").put("/api/v1/products/" + product + "/stock/" + store)
                .then().statusCode(200);

        String source = platform.api().body("{\"name\":\"E-shop\"}").post("/api/v1/product-reservation-sources")
                .then().statusCode(201).extract().path("id");
        // the seed's own request names its system's source: a source this merchant has not defined, by its field
        careCloud().body("""
                {"product_reservation" : {"customer_id" : "%s", "store_id" : "%s",
                "product_reservation_source_id" : "86e05affc7a7abefcd513ab400"}}""".formatted(customer, store))
                .post(CARECLOUD).then().statusCode(400).body("error.field", equalTo("product_reservation_source_id"));
        careCloud().body("""
                {"product_reservation" : {"customer_id" : "%s", "store_id" : "%s",
                "product_reservation_source_id" : "%s"}}""".formatted(customer, store, customer))
                .post(CARECLOUD).then().statusCode(400).body("error.field", equalTo("product_reservation_source_id"));
        String created = careCloud().body("""
                {"product_reservation" : {"customer_id" : "%s", "store_id" : "%s",
                "product_reservation_source_id" : "%s", "benefit_codes": ["PTV116"]}}""".formatted(customer, store,
                        source))
                .post(CARECLOUD).then().statusCode(201).contentType(ContentType.JSON)
                .body("data.product_reservation_id", notNullValue()).extract().path("data.product_reservation_id");
        String withItems = careCloud().body("""
                {"product_reservation": {"customer_id": "%s", "store_id": "%s", "customers_note": "",
                 "comments": ["test", "test"],
                 "external_reservation_codes": [{"external_code_type_id": 2, "value": "2107225110"}],
                 "product_reservation_items": [{"reservable_product_id": "%s", "amount": 3}]}}"""
                        .formatted(customer, store, product))
                .post(CARECLOUD).then().statusCode(201).extract().path("data.product_reservation_id");
        assertThat(stock(product)).isEqualTo(7);

        JsonPath detail = careCloud().get(CARECLOUD + "/" + withItems).then().statusCode(200).extract().jsonPath();
        assertCareCloudReservation(detail.getMap("data"), withItems, customer, store, product);
        long code = detail.getLong("data.reservation_codes[0]");

        JsonPath list = careCloud().queryParam("store_id", store).queryParam("customer_id", customer)
                .queryParam("reservation_code", code).queryParam("count", 2)
                .get(CARECLOUD).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("data.product_reservations")).hasSize(1);
        assertThat(list.getInt("data.total_items")).isEqualTo(1);
        assertCareCloudReservation(list.getMap("data.product_reservations[0]"), withItems, customer, store, product);
        JsonPath both = careCloud().queryParam("customer_id", customer).queryParam("sort_field", "reservation_code")
                .queryParam("sort_direction", "DESC").queryParam("count", 1).queryParam("offset", 0)
                .get(CARECLOUD).then().statusCode(200).extract().jsonPath();
        assertThat(both.getInt("data.total_items")).isEqualTo(2);
        assertThat(both.getString("data.product_reservations[0].product_reservation_id")).isEqualTo(withItems);
        careCloud().queryParam("reservation_state", 0).queryParam("customer_id", customer).get(CARECLOUD)
                .then().statusCode(200).body("data.total_items", equalTo(0));

        careCloud().body("{\"product_reservation_id\" : \"" + withItems + "\"}")
                .post(CARECLOUD + "/" + withItems + "/actions/cancel-reservation").then().statusCode(204);
        assertThat(stock(product)).isEqualTo(10);
        careCloud().get(CARECLOUD + "/" + withItems).then().statusCode(200).body("data.actual_state", equalTo(0))
                .body("data.state", equalTo(0));
        careCloud().get(CARECLOUD + "/" + created).then().statusCode(200).body("data.actual_state", equalTo(1))
                .body("data.product_reservation_source_id", equalTo(source)).body("data.state", equalTo(1))
                .body("data.benefit_codes", equalTo(List.of("PTV116")));
        platform.api().delete("/api/v1/product-reservation-sources/" + source).then().statusCode(409);

        careCloud().get(CARECLOUD + "/84db37f94368932a56c439b5d6").then().statusCode(404)
                .body("error.code", equalTo(404)).body("error.message", notNullValue());
        careCloud().body("{}").post(CARECLOUD).then().statusCode(400).body("error.code", equalTo(400));
        careCloud().body("{\"product_reservation\":{\"customer_id\":\"nope\",\"store_id\":\"" + store + "\"}}")
                .post(CARECLOUD).then().statusCode(400).body("error.code", equalTo(400))
                .body("error.field", equalTo("customer_id"));
        // a customer id the merchant does not have, or has only in another tenant, reserves nothing
        int before = stock(product);
        String otherKey = platform.api().body("{\"id\":\"cc-other-" + System.nanoTime() % 100000
                + "\",\"name\":\"Other\"}").post("/api/v1/tenants").then().statusCode(201).extract().path("apiKey.key");
        String stranger = given().header("Authorization", "Bearer " + otherKey).contentType(ContentType.JSON)
                .body("{\"firstName\":\"Cizí\",\"lastName\":\"Zákazník\"}").post("/api/v1/customers").then()
                .statusCode(201).extract().path("id");
        for (String unknown : List.of(java.util.UUID.randomUUID().toString(), stranger)) {
            careCloud().body("{\"product_reservation\":{\"customer_id\":\"" + unknown + "\",\"store_id\":\"" + store
                            + "\",\"product_reservation_items\":[{\"reservable_product_id\":\"" + product
                            + "\",\"amount\":1}]}}").post(CARECLOUD).then().statusCode(400)
                    .body("error.field", equalTo("customer_id"));
        }
        assertThat(stock(product)).as("nothing reserved for them").isEqualTo(before);
        // a store where the merchant stocks nothing takes no pickups
        String empty = platform.api().body("{\"name\":\"Prázdný\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        careCloud().body("{\"product_reservation\":{\"customer_id\":\"" + customer + "\",\"store_id\":\"" + empty
                + "\"}}").post(CARECLOUD).then().statusCode(400).body("error.field", equalTo("store_id"));
        careCloud().body("{\"product_reservation\":{\"customer_id\":\"" + customer + "\",\"store_id\":\"" + store
                + "\",\"product_reservation_items\":[{\"reservable_product_id\":\"" + product + "\",\"amount\":0}]}}")
                .post(CARECLOUD).then().statusCode(400)
                .body("error.field", equalTo("product_reservation_items[0].amount"));
        careCloud().queryParam("sort_field", "colour").get(CARECLOUD).then().statusCode(400)
                .body("error.field", equalTo("sort_field"));
        given().auth().preemptive().basic("enterprise", "not-a-key").get(CARECLOUD).then().statusCode(401)
                .body("error.code", equalTo(401));
    }

    private void assertCareCloudReservation(Map<String, Object> r, String id, String customer, String store,
                                                   String product) {
        assertThat(r).containsOnlyKeys("product_reservation_id", "customer_id", "store_id", "reservation_codes",
                "external_reservation_codes", "product_reservation_source_id", "pickup_date", "customers_note",
                "total_price", "currency_id", "product_reservation_items", "actual_state", "states", "comments",
                "benefit_codes", "last_change", "state");
        assertThat(r.get("product_reservation_id")).isEqualTo(id);
        assertThat(r.get("customer_id")).isEqualTo(customer);
        assertThat(r.get("store_id")).isEqualTo(store);
        assertThat((List<?>) r.get("reservation_codes")).hasSize(1).allMatch(c -> c instanceof Integer);
        assertThat(r.get("external_reservation_codes"))
                .isEqualTo(List.of(Map.of("external_code_type_id", 2, "value", "2107225110")));
        assertThat(r.get("customers_note")).isEqualTo("");
        assertThat(((Number) r.get("total_price")).doubleValue()).isEqualTo(69.0);
        assertThat(r.get("currency_id")).isEqualTo("CZK");
        Map<?, ?> item = (Map<?, ?>) ((List<?>) r.get("product_reservation_items")).get(0);
        assertThat(item.get("reservable_product_id")).isEqualTo(product);
        assertThat(item.get("amount")).isEqualTo(3);
        assertThat(((Number) item.get("unit_price")).doubleValue()).isEqualTo(23.0);
        assertThat(((Number) item.get("vat_rate")).doubleValue()).isEqualTo(5.0);
        assertThat(r.get("actual_state")).isEqualTo(1);
        assertThat(r.get("comments")).isEqualTo(List.of("test", "test"));
        assertThat((String) r.get("last_change")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(r.get("state")).isEqualTo(1);
    }
}
