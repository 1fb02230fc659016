package io.horae.customer;

import io.horae.testing.InternalTokens;
import io.horae.testing.Concurrently;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class WalletTest {
    private final String tenant = "wallet-" + UUID.randomUUID().toString().substring(0, 8);

    @TestHTTPResource("/")
    URI base;

    @Test
    void fiftyConcurrentDebitsAgainstABalanceForTenSucceedExactlyTenTimes() throws Exception {
        String customer = newCustomer();
        api().body("{\"amount\": 100.00, \"reason\": \"top-up\"}")
                .post("/api/v1/customers/" + customer + "/credit/entries").then().statusCode(201);

        List<Integer> statuses = Concurrently.post(50, base.resolve("/api/v1/customers/" + customer + "/credit/entries"),
                tenant, "{\"amount\": -10.00, \"reason\": \"booking\"}");

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(40);
        api().get("/api/v1/customers/" + customer + "/credit").then().statusCode(200).body("balance", equalTo(0.0f));
        try (Connection db = HoraeInfrastructure.database(); PreparedStatement check = db.prepareStatement("""
                SELECT count(*), min(balance_after), sum(amount), bool_and(balance_after >= 0)
                FROM credit_entry WHERE customer_id = ?::uuid""")) {
            check.setString(1, customer);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("entries: one top-up and ten debits").isEqualTo(11);
                assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(rs.getBigDecimal(3)).as("the ledger sums to the balance").isEqualByComparingTo("0");
                assertThat(rs.getBoolean(4)).isTrue();
            }
        }
    }

    @Test
    void statementShowsTurnoverOfAPeriodAndHistoryCannotBeRewritten() throws Exception {
        String customer = newCustomer();
        api().body("{\"amount\": 50, \"reason\": \"gift\"}").post("/api/v1/customers/" + customer + "/credit/entries")
                .then().statusCode(201).body("balance", equalTo(50.0f));
        api().body("{\"amount\": -20.5, \"reference\": \"B-1\"}").post("/api/v1/customers/" + customer + "/credit/entries")
                .then().statusCode(201).body("balance", equalTo(29.5f));
        api().body("{\"amount\": -30}").post("/api/v1/customers/" + customer + "/credit/entries")
                .then().statusCode(409).contentType("application/problem+json");

        api().get("/api/v1/customers/" + customer + "/credit/entries")
                .then().statusCode(200)
                .body("credited", equalTo(50.0f)).body("debited", equalTo(20.5f))
                .body("openingBalance", equalTo(0)).body("closingBalance", equalTo(29.5f))
                .body("entries.size()", equalTo(2));
        try (Connection db = HoraeInfrastructure.database()) {
            db.createStatement().executeUpdate("UPDATE credit_entry SET amount = 1000 WHERE customer_id = '" + customer + "'");
            db.createStatement().executeUpdate("DELETE FROM credit_entry WHERE customer_id = '" + customer + "'");
        }
        api().get("/api/v1/customers/" + customer + "/credit").then().body("balance", equalTo(29.5f));
        api().body("{\"amount\": 0}").post("/api/v1/customers/" + customer + "/credit/entries").then().statusCode(400);
        api().get("/api/v1/customers/" + customer + "/credit/entries?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(InternalTokens.of("someone-else")).get("/api/v1/customers/" + customer + "/credit")
                .then().statusCode(404);
    }

    @Test
    void oneVoucherRedeemedByTwentyConcurrentRequestsSucceedsOnceAndARefundRestoresIt() {
        api().body("{\"code\":\"SPRING-25\",\"percentage\":25}").post("/api/v1/vouchers").then().statusCode(201);

        List<Integer> statuses = Concurrently.post(20, base.resolve("/api/v1/vouchers/SPRING-25/redemption"), tenant,
                "{\"reference\":\"booking-42\"}");

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        api().get("/api/v1/vouchers/SPRING-25").then().body("state", equalTo("REDEEMED"))
                .body("redeemedFor", equalTo("booking-42"));

        api().delete("/api/v1/vouchers/SPRING-25/redemption").then().statusCode(200).body("state", equalTo("VALID"));
        api().delete("/api/v1/vouchers/SPRING-25/redemption").then().statusCode(409);
        api().body("{\"reference\":\"booking-43\"}").post("/api/v1/vouchers/SPRING-25/redemption")
                .then().statusCode(200);
        HoraeInfrastructure.topic("horae.customers").await(r -> r.value().contains("\"REFUNDED\"")
                && r.value().contains("SPRING-25") && r.value().contains(tenant), Duration.ofSeconds(30));
    }

    @Test
    void vouchersOutsideTheirWindowOrMalformedAreRefused() {
        api().body("{\"code\":\"OLD-1\",\"amount\":100,\"currency\":\"CZK\",\"validUntil\":\"2020-01-01T00:00:00Z\"}")
                .post("/api/v1/vouchers").then().statusCode(201);
        api().get("/api/v1/vouchers/OLD-1").then().body("state", equalTo("EXPIRED"));
        api().body("{\"reference\":\"x\"}").post("/api/v1/vouchers/OLD-1/redemption").then().statusCode(409);
        api().body("{\"code\":\"BOTH\",\"amount\":1,\"currency\":\"CZK\",\"percentage\":5}").post("/api/v1/vouchers")
                .then().statusCode(400);
        api().body("{\"code\":\"x\",\"percentage\":500}").post("/api/v1/vouchers").then().statusCode(400);
        api().body("{\"code\":\"OLD-1\",\"percentage\":5}").post("/api/v1/vouchers").then().statusCode(409);
        api().get("/api/v1/vouchers/NOPE").then().statusCode(404);
    }

    @Test
    void anInvalidatedVoucherAndARetiredPassAreNotSoldOrRedeemedAgainButWhatWasMadeStays() {
        api().body("{\"code\":\"WITHDRAWN\",\"amount\":100,\"currency\":\"CZK\"}").post("/api/v1/vouchers")
                .then().statusCode(201);
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).post("/api/v1/vouchers/WITHDRAWN/invalidation")
                .then().statusCode(404);
        api().post("/api/v1/vouchers/WITHDRAWN/invalidation").then().statusCode(200)
                .body("state", equalTo("INVALIDATED"));
        api().body("{\"reference\":\"booking-7\"}").post("/api/v1/vouchers/WITHDRAWN/redemption").then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("invalidated"));
        api().post("/api/v1/vouchers/WITHDRAWN/invalidation").then().statusCode(409);

        String customer = newCustomer();
        String pass = api().body("{\"name\":\"5 swims\",\"entries\":5,\"validityDays\":30}")
                .post("/api/v1/passes").then().statusCode(201).extract().path("id");
        String held = api().body("{\"passId\":\"" + pass + "\"}").post("/api/v1/customers/" + customer + "/passes")
                .then().statusCode(201).extract().path("id");
        api().post("/api/v1/passes/" + pass + "/deactivation").then().statusCode(200).body("active", equalTo(false));
        api().get("/api/v1/passes?active=false").then().body("id", org.hamcrest.Matchers.hasItem(pass));
        api().body("{\"passId\":\"" + pass + "\"}").post("/api/v1/customers/" + customer + "/passes")
                .then().statusCode(400).body("errors[0].field", equalTo("passId"));
        api().body("{\"reference\":\"swim-1\"}").post("/api/v1/customers/" + customer + "/passes/" + held + "/uses")
                .then().statusCode(201);
        api().post("/api/v1/passes/" + pass + "/activation").then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void passEntriesAreUsedReturnedAndPausesExtendValidity() {
        String customer = newCustomer();
        String pass = api().body("{\"name\":\"10 swims\",\"entries\":2,\"validityDays\":30,\"price\":900,\"currency\":\"CZK\"}")
                .post("/api/v1/passes").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        String held = api().body("{\"passId\":\"" + pass + "\"}").post("/api/v1/customers/" + customer + "/passes")
                .then().statusCode(201).body("entriesLeft", equalTo(2))
                .body("validUntil", equalTo(today.plusDays(29).toString())).extract().path("id");
        String uses = "/api/v1/customers/" + customer + "/passes/" + held + "/uses";

        String first = api().body("{\"reference\":\"visit-1\"}").post(uses).then().statusCode(201).extract().path("id");
        api().body("{\"reference\":\"visit-2\"}").post(uses).then().statusCode(201);
        api().body("{\"reference\":\"visit-3\"}").post(uses).then().statusCode(409);
        api().delete(uses + "/" + first).then().statusCode(200).body("entriesLeft", equalTo(1));
        api().delete(uses + "/" + first).then().statusCode(409);

        api().body("{\"from\":\"" + today.plusDays(1) + "\",\"to\":\"" + today.plusDays(7) + "\"}")
                .post("/api/v1/customers/" + customer + "/passes/" + held + "/intermissions")
                .then().statusCode(200).body("validUntil", equalTo(today.plusDays(36).toString()));
        api().body("{\"from\":\"" + today.plusDays(5) + "\",\"to\":\"" + today.plusDays(6) + "\"}")
                .post("/api/v1/customers/" + customer + "/passes/" + held + "/intermissions").then().statusCode(409);
        api().body("{\"passId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/customers/" + customer + "/passes")
                .then().statusCode(400).body("errors[0].field", equalTo("passId"));
        given().auth().oauth2(InternalTokens.of("someone-else")).get("/api/v1/customers/" + customer + "/passes")
                .then().statusCode(404);
    }

    @Test
    void aTokenDoesOnlyWhatItsScopesAllowAndBookingsKeyOnlyWhatBookingDoes() {
        String customer = newCustomer();
        String entries = "/api/v1/customers/" + customer + "/credit/entries";
        String gift = "{\"amount\": 5, \"reason\": \"gift\"}";
        given().auth().oauth2(InternalTokens.withScopes(tenant, "catalog:write")).get("/api/v1/customers")
                .then().statusCode(403).body("detail", equalTo("the token lacks the scope customers:read"));
        given().auth().oauth2(InternalTokens.withScopes(tenant, "customers:read")).get("/api/v1/customers")
                .then().statusCode(200);
        given().auth().oauth2(InternalTokens.withScopes(tenant, "customers:read")).contentType(ContentType.JSON)
                .body(gift).post(entries).then().statusCode(403);

        List<String> here = List.of("customer-service");
        given().auth().oauth2(InternalTokens.signedBy("booking", tenant, "service:booking", "customers:write", here))
                .contentType(ContentType.JSON).body(gift).post(entries).then().statusCode(201);
        given().auth().oauth2(InternalTokens.signedBy("booking", tenant, "service:booking", "admin", here))
                .contentType(ContentType.JSON).body(gift).post(entries).then().statusCode(401);
        given().auth().oauth2(InternalTokens.signedBy("gateway", tenant, "k", "admin", List.of("booking-service")))
                .contentType(ContentType.JSON).body(gift).post(entries).then().statusCode(401);
    }

    private String newCustomer() {
        return api().body("{\"firstName\":\"Wallet\",\"lastName\":\"Owner\"}").post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
