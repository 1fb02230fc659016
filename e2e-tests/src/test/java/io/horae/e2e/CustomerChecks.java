package io.horae.e2e;

import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may be named as the customer of a booking or a product reservation: only the merchant's own, living customers,
 * whatever the caller's key may read. Each service asks customer-service on its own token.
 */
final class CustomerChecks {
    private final Supplier<RequestSpecification> api;
    private final Calendar calendar;

    CustomerChecks(Supplier<RequestSpecification> api, Calendar calendar) {
        this.api = api;
        this.calendar = calendar;
    }

    void erasedCustomerNeitherBooksNorReserves() throws InterruptedException {
        String customer = api().body("{\"firstName\":\"Eva\",\"lastName\":\"Smazaná\"}").post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        String store = api().body("{\"name\":\"Shop Kutná Hora\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        String vase = api().body("{\"name\":\"Vase\",\"price\":10,\"currency\":\"CZK\",\"vatRate\":21}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        api().body("{\"quantity\":5}").put("/api/v1/products/" + vase + "/stock/" + store).then().statusCode(200);
        String pickup = "{\"storeId\":\"" + store + "\",\"items\":[{\"productId\":\"" + vase + "\",\"amount\":1}],"
                + "\"customerId\":\"";
        // reservations-service asks customer-service itself, on its own token, whatever the caller's key reads
        String reserver = api().body("{\"name\":\"shop till\",\"scopes\":[\"reservations:write\"]}")
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        AttackIT.as(reserver).get("/api/v1/customers/" + customer).then().statusCode(403);
        AttackIT.as(reserver).body(pickup + customer + "\"}").post("/api/v1/product-reservations").then()
                .statusCode(201);
        AttackIT.as(reserver).body(pickup + java.util.UUID.randomUUID() + "\"}").post("/api/v1/product-reservations")
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));

        api().delete("/api/v1/customers/" + customer).then().statusCode(204);
        api().body(pickup + customer + "\"}").post("/api/v1/product-reservations").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId")).body("errors[0].message", equalTo("was erased"));
        api().get("/api/v1/products/" + vase + "/stock").then().body("[0].quantity", equalTo(4));

        // booking-service forgets the customer once the erasure reaches it; customer-service then says erased
        String line = calendar.line(calendar.startsOfDay().get(0));
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            io.restassured.response.Response placed = api().body("{\"lines\":[" + line + "],\"customerId\":\""
                    + customer + "\"}").post("/api/v1/bookings");
            status = placed.statusCode();
            if (status == 201) {  // the erasure has not reached booking-service yet: it cancels this one too
                api().body("{\"reason\":\"erased\"}").post("/api/v1/bookings/" + placed.path("id") + "/cancellation");
                Thread.sleep(500);
            }
        } while (status == 201 && System.nanoTime() < until);
        assertThat(status).isEqualTo(400);
        api().body("{\"lines\":[" + line + "],\"customerId\":\"" + customer + "\"}").post("/api/v1/bookings").then()
                .statusCode(400).body("errors[0].field", equalTo("customerId"))
                .body("errors[0].message", equalTo("was erased"));
    }

    private RequestSpecification api() {
        return api.get();
    }
}
