package io.horae.reservations;

import io.horae.testing.Concurrently;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(AvailabilityStandIn.class)
@QuarkusTestResource(CustomerStandIn.class)
class ProductReservationTest {
    private final String tenant = "shop-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID store = UUID.randomUUID();
    private final UUID customer = CustomerStandIn.known(tenant);
    private String product;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void arrangeAProductWithStockTen() {
        product = api().body("{\"name\":\"Bouquet\",\"price\":23.00,\"currency\":\"CZK\",\"vatRate\":5}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        api().body("{\"quantity\":10}").put("/api/v1/products/" + product + "/stock/" + store).then().statusCode(200);
    }

    @Test
    void fiftyConcurrentReservationsOfOneUnitAgainstStockTenSucceedTenTimes() throws Exception {
        List<Integer> statuses = Concurrently.post(50, base.resolve("/api/v1/product-reservations"), tenant, order(1));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(40);
        assertThat(sql("SELECT quantity FROM product_stock WHERE product_id = '" + product + "'")).isZero();
        assertThat(sql("SELECT count(*) FROM product_reservation WHERE tenant_id = '" + tenant + "'")).isEqualTo(10);
        assertThat(sql("SELECT count(*) FROM product_stock WHERE quantity < 0")).isZero();
        assertThat(sql("SELECT count(DISTINCT reservation_code) FROM product_reservation WHERE tenant_id = '" + tenant + "'"))
                .as("every reservation has its own code").isEqualTo(10);
    }

    @Test
    void aReservationCarriesEveryCareCloudFieldAndCancellingReturnsTheStock() {
        String id = api().body("""
                {"customerId":"%s","storeId":"%s","pickupDate":"2027-01-15","customersNote":"gift wrap",
                 "comments":["test","test"],"externalCodes":[{"typeId":2,"value":"2107225110"}],
                 "items":[{"productId":"%s","amount":3}]}""".formatted(customer, store, product))
                .post("/api/v1/product-reservations")
                .then().statusCode(201)
                .body("state", equalTo(1)).body("totalPrice", equalTo(69.0f)).body("currency", equalTo("CZK"))
                .body("items[0].unitPrice", equalTo(23.0f)).body("items[0].vatRate", equalTo(5.0f))
                .body("externalCodes[0].value", equalTo("2107225110")).body("comments", contains("test", "test"))
                .body("states.state", contains(1))
                .extract().path("id");
        api().get("/api/v1/products/" + product + "/stock").then().body("[0].quantity", equalTo(7));

        api().body("{\"state\":2}").post("/api/v1/product-reservations/" + id + "/state").then().statusCode(200)
                .body("state", equalTo(2));
        api().post("/api/v1/product-reservations/" + id + "/cancellation").then().statusCode(200)
                .body("state", equalTo(0)).body("states.state", contains(1, 2, 0));
        api().get("/api/v1/products/" + product + "/stock").then().body("[0].quantity", equalTo(10));
        api().post("/api/v1/product-reservations/" + id + "/cancellation").then().statusCode(409)
                .contentType("application/problem+json");
        api().body("{\"state\":4}").post("/api/v1/product-reservations/" + id + "/state").then().statusCode(409);
    }

    @Test
    void aReservationMayStartWithoutItemsAndTakesNoStock() {
        String source = api().body("{\"name\":\"E-shop\"}").post("/api/v1/product-reservation-sources").then()
                .statusCode(201).extract().path("id");
        api().body("{\"customerId\":\"" + customer + "\",\"storeId\":\"" + store + "\",\"sourceId\":\"" + source + "\"}")
                .post("/api/v1/product-reservations")
                .then().statusCode(201).body("items.size()", equalTo(0)).body("totalPrice", nullValue())
                .body("state", equalTo(1)).body("sourceId", equalTo(source));
        // a source the merchant has not defined, and a store it stocks nothing at, are refused by their fields
        api().body("{\"customerId\":\"" + customer + "\",\"storeId\":\"" + store + "\",\"sourceId\":\"" + store + "\"}")
                .post("/api/v1/product-reservations").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        api().body("{\"customerId\":\"" + customer + "\",\"storeId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/product-reservations").then().statusCode(400).body("errors[0].field", equalTo("storeId"));
        api().get("/api/v1/products/" + product + "/stock").then().body("[0].quantity", equalTo(10));
    }

    @Test
    void onlyTheMerchantsOwnLivingCustomersReserveAndNothingIsTakenForAnyOther() {
        // customer-service is asked on reservations' own token: the caller's token here cannot read customers
        reserver().body(order(1)).post("/api/v1/product-reservations").then().statusCode(201);

        UUID stranger = UUID.randomUUID();
        UUID otherMerchants = CustomerStandIn.known("other-" + tenant);
        for (UUID nobody : List.of(stranger, otherMerchants)) {
            reserver().body(order(1).replace(customer.toString(), nobody.toString()))
                    .post("/api/v1/product-reservations").then().statusCode(400)
                    .body("errors[0].field", equalTo("customerId"))
                    .body("errors[0].message", equalTo("is not a customer of this merchant"));
        }
        CustomerStandIn.erase(tenant, customer);
        reserver().body(order(1)).post("/api/v1/product-reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId")).body("errors[0].message", equalTo("was erased"));

        UUID living = CustomerStandIn.known(tenant);
        CustomerStandIn.down = true;
        try {
            reserver().body(order(1).replace(customer.toString(), living.toString()))
                    .post("/api/v1/product-reservations").then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            CustomerStandIn.down = false;
        }
        api().get("/api/v1/products/" + product + "/stock").then().body("[0].quantity", equalTo(9));
        api().get("/api/v1/product-reservations").then().body("totalItems", equalTo(1));
    }

    @Test
    void theListFiltersPagesSortsAndCounts() {
        for (int i = 0; i < 3; i++) {
            api().body(order(1)).post("/api/v1/product-reservations").then().statusCode(201);
        }
        UUID otherCustomer = CustomerStandIn.known(tenant);
        api().body(order(1).replace(customer.toString(), otherCustomer.toString())).post("/api/v1/product-reservations")
                .then().statusCode(201);

        api().get("/api/v1/product-reservations?customerId=" + customer + "&count=2&sortField=reservation_code&sortDirection=DESC")
                .then().statusCode(200).body("totalItems", equalTo(3)).body("items.size()", equalTo(2))
                .body("items[0].reservationCode", equalTo(3));
        api().get("/api/v1/product-reservations?reservationCode=4").then().body("items[0].customerId", equalTo(otherCustomer.toString()));
        api().get("/api/v1/product-reservations?storeId=" + store + "&state=1&offset=3").then().body("totalItems", equalTo(4))
                .body("items.size()", equalTo(1));
        api().get("/api/v1/product-reservations?sortField=password").then().statusCode(400)
                .body("errors[0].field", equalTo("sortField"));
        api().get("/api/v1/product-reservations?state=9").then().statusCode(400);
    }

    @Test
    void aPageOfAHundredReservationsReadsTheirItemsAtOnce() throws Exception {
        try (Connection db = HoraeInfrastructure.database()) {
            db.createStatement().execute("""
                    WITH r AS (INSERT INTO product_reservation (id, tenant_id, customer_id, store_id, state, last_change,
                                                                created_at, reservation_code, comments)
                               SELECT gen_random_uuid(), '%s', '%s', '%s', 1, now(), now(), 1000 + n, '{}'
                               FROM generate_series(1, 100) n RETURNING id)
                    INSERT INTO product_reservation_item (id, product_reservation_id, product_id, amount, unit_price,
                                                          vat_rate, position)
                    SELECT gen_random_uuid(), r.id, '%s', 1, 23.00, 5, 0 FROM r""".formatted(tenant, customer, store,
                    product));
        }
        long before = itemScans();
        api().get("/api/v1/product-reservations?count=100").then().statusCode(200).body("items.size()", equalTo(100))
                .body("items[99].items[0].productId", equalTo(product));
        // the service's connections report their statistics when idle, at the latest after 10 s
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> itemScans() > before);
        Thread.sleep(11_000);
        // one read for the page (a read per reservation made it 100); earlier tests' reads may still be reported late
        assertThat(itemScans() - before).as("reads of the items table for one page").isLessThan(20);
    }

    private static long itemScans() throws Exception {
        return sql("SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables "
                + "WHERE relname = 'product_reservation_item'");
    }

    @Test
    void badInputIsNamedAndOtherTenantsSeeNothing() {
        String id = api().body(order(2)).post("/api/v1/product-reservations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).get("/api/v1/product-reservations/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .post("/api/v1/product-reservations/" + id + "/cancellation").then().statusCode(404);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"quantity\":5}").put("/api/v1/products/" + product + "/stock/" + store).then().statusCode(404);
        api().body(order(0)).post("/api/v1/product-reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].amount"));
        api().body(order(1).replace(product, UUID.randomUUID().toString())).post("/api/v1/product-reservations")
                .then().statusCode(400).body("errors[0].field", equalTo("items[0].productId"));
        api().body(order(100)).post("/api/v1/product-reservations").then().statusCode(409)
                .body("errors[0].field", equalTo("items[0].amount"));
        api().body("{\"quantity\":-1}").put("/api/v1/products/" + product + "/stock/" + store).then().statusCode(400);
    }

    @Test
    void productLinesOfAHoldTakeTheLocationsStockAndReleasingGivesItBack() throws Exception {
        String at = java.time.OffsetDateTime.now().plusDays(5).withNano(0).toString();
        String twoHere = "{\"productId\":\"" + product + "\",\"amount\":2,\"start\":\"" + at
                + "\",\"locationId\":\"" + store + "\"}";
        String fiveAnywhere = "{\"productId\":\"" + product + "\",\"amount\":500,\"start\":\"" + at + "\"}";
        List<Integer> statuses = Concurrently.post(20, base.resolve("/api/v1/reservations"), tenant,
                "{\"lines\":[" + twoHere + "]}");
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
        assertThat(sql("SELECT quantity FROM product_stock WHERE product_id = '" + product + "'")).isZero();

        // a line without a location is not counted against any store; the hold reads back its products
        String held = api().body("{\"lines\":[" + fiveAnywhere + "]}").post("/api/v1/reservations").then()
                .statusCode(201).body("lines[0].productId", equalTo(product)).body("lines[0].seats", equalTo(500))
                .body("lines[0].resourceId", org.hamcrest.Matchers.nullValue()).extract().path("id");
        api().body("{}").post("/api/v1/reservations/" + held + "/release").then().statusCode(200);

        String first = api().get("/api/v1/reservations?status=HELD&limit=1").then().statusCode(200)
                .extract().path("[0].id");
        api().body("{}").post("/api/v1/reservations/" + first + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        assertThat(sql("SELECT quantity FROM product_stock WHERE product_id = '" + product + "'")).isEqualTo(2);
        api().body("{}").post("/api/v1/reservations/" + first + "/release").then().statusCode(200);
        assertThat(sql("SELECT quantity FROM product_stock WHERE product_id = '" + product + "'")).isEqualTo(2);

        api().body("{\"lines\":[{\"productId\":\"" + UUID.randomUUID() + "\",\"amount\":1,\"start\":\"" + at
                + "\"}]}").post("/api/v1/reservations").then().statusCode(400)
                .contentType("application/problem+json");
        api().body("{\"lines\":[{\"productId\":\"" + product + "\",\"amount\":1,\"start\":\"2020-01-01T10:00:00Z\"}]}")
                .post("/api/v1/reservations").then().statusCode(400).body("errors[0].field", equalTo("lines[0].start"));
        api().body("{\"lines\":[{\"productId\":\"" + product + "\",\"amount\":0,\"start\":\"" + at + "\"}]}")
                .post("/api/v1/reservations").then().statusCode(400);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"lines\":[" + twoHere + "]}").post("/api/v1/reservations").then().statusCode(400);
    }

    private String order(int amount) {
        return "{\"customerId\":\"" + customer + "\",\"storeId\":\"" + store + "\",\"items\":[{\"productId\":\""
                + product + "\",\"amount\":" + amount + "}]}";
    }

    private RequestSpecification reserver() {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(InternalTokens.withScopes(tenant, "reservations:write"));
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }

    private static long sql(String query) throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
