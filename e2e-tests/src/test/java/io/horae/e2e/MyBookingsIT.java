package io.horae.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * My bookings on the booking page, in a real browser against the real platform: a customer signs in (a login token,
 * a mailed link, an account's invitation), pays from credit, moves and cancels a booking, signs out; a session reaches
 * only its own customer's bookings and its own tenant.
 */
class MyBookingsIT {
    private static Platform platform;
    private static Calendar calendar;
    private static String page;

    @BeforeAll
    static void up() throws Exception {
        Browser.assumeAvailable();
        platform = Platform.up("horae-mine-");
        calendar = Calendar.arrange(platform::api, "Salon Mine");
        page = io.restassured.RestAssured.baseURI + "/book/" + platform.tenant() + "/";
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    @Test
    void aCustomerSignsInWithALoginLinkSeesTheirBookingsAndCancelsOne() throws Exception {
        String email = "mine-" + UUID.randomUUID() + "@example.com";
        String customer = platform.api().body("{\"firstName\":\"Marta\",\"lastName\":\"Mojí\",\"email\":\"" + email
                + "\"}").post("/api/v1/customers").then().statusCode(201).extract().path("id");
        platform.api().body("{}").post("/api/v1/customers/" + customer + "/account").then().statusCode(201);
        platform.api().body("{\"amount\":150,\"reason\":\"gift\"}")
                .post("/api/v1/customers/" + customer + "/credit/entries").then().statusCode(201);
        String start = platform.api().get(calendar.startsOn(LocalDate.now(Calendar.ZONE).plusDays(10))).then()
                .statusCode(200).extract().path("start[0]");
        String reference = platform.api().body("{\"lines\":[" + calendar.line(start) + "],\"customerId\":\""
                + customer + "\"}").post("/api/v1/bookings").then().statusCode(201).extract().path("reference");
        String token = loginToken(customer);

        try (Browser browser = new Browser(Browser.Width.DESKTOP, "mine")) {
            browser.open(page + "#login=" + token);
            String row = "#mine-list li[data-reference='" + reference + "']";
            assertThat(browser.visible(row).getText()).contains("Massage");
            assertThat(browser.visible("#mine-name").getText()).contains("Marta Mojí");
            assertThat(browser.visible("#mine-wallet").getText()).contains("150");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain(token);
            browser.screenshot("1-my-bookings");

            browser.click(row + " button.pay-mine");
            browser.waitForText("#mine-wallet", "110");
            assertThat(browser.all(row + " button.pay-mine")).as("nothing owed any more").isEmpty();
            platform.api().get("/api/v1/bookings?customerId=" + customer).then()
                    .body("items[0].paymentStatus", equalTo("PAID"));

            browser.click(row + " button.move-mine");
            browser.waitForText("#moving", reference);
            String moved = BookingPageSteps.startOn(browser, LocalDate.now(Calendar.ZONE).plusDays(11));
            browser.click("button.start[data-start='" + moved + "']");
            browser.waitForText("#waiting", "is moved");
            platform.api().get("/api/v1/bookings?customerId=" + customer).then()
                    .body("items[0].start", equalTo(moved)).body("items[0].reference", equalTo(reference));
            browser.screenshot("2-moved");

            browser.click(row + " button.cancel-mine");
            browser.waitForText(row, "cancelled");
            browser.screenshot("3-cancelled");
            platform.api().get("/api/v1/bookings?customerId=" + customer).then()
                    .body("items[0].status", equalTo("CANCELLED"));

            browser.click("#sign-out");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("mine")));

            // signing in again by a link mailed to the customer (./horae up keeps mails in its log)
            browser.type("#sign-in-email", email);
            browser.click("#send-link");
            browser.waitForText("#link-sent", "sign-in link");
            browser.open(BookingPageSteps.linkMailedTo(platform, email, "/#login="));
            browser.waitForText(row, "cancelled");
            browser.screenshot("4-signed-in-by-a-mailed-link");
        }

        String api = "/book/" + platform.tenant() + "/api/";
        given().contentType("application/json").body("{\"token\":\"" + token + "\"}").post(api + "sessions").then()
                .statusCode(org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                        .and(org.hamcrest.Matchers.lessThan(500)));
        String session = given().contentType("application/json").body("{\"token\":\"" + loginToken(customer) + "\"}")
                .post(api + "sessions").then().statusCode(201).extract().path("session");
        given().header("Authorization", "Bearer " + session).get(api + "my").then().statusCode(200)
                .body("bookings[0].reference", equalTo(reference)).body("bookings[0].status", equalTo("CANCELLED"));
        given().get(api + "my").then().statusCode(401);
        given().header("Authorization", "Bearer hs_forged").get(api + "my").then().statusCode(401);
        String other = "other-" + System.nanoTime() % 100000;
        String admin = platform.api().body("{\"id\":\"" + other + "\",\"name\":\"Other\"}").post("/api/v1/tenants")
                .then().statusCode(201).extract().path("apiKey.key");
        given().header("Authorization", "Bearer " + admin).contentType("application/json").body("{\"enabled\":true}")
                .put("/api/v1/booking-page").then().statusCode(200);
        given().header("Authorization", "Bearer " + session).get("/book/" + other + "/api/my").then().statusCode(401);
        given().header("Authorization", "Bearer " + session).delete(api + "sessions").then().statusCode(200);
        given().header("Authorization", "Bearer " + session).get(api + "my").then().statusCode(401);
    }

    @Test
    void aCustomerSetsTheirPasswordFromTheInvitationAndIsSignedIn() throws Exception {
        String email = "invited-" + UUID.randomUUID() + "@example.com";
        String customer = platform.api().body("{\"firstName\":\"Iva\",\"lastName\":\"Pozvaná\",\"email\":\"" + email
                + "\"}").post("/api/v1/customers").then().statusCode(201).extract().path("id");
        platform.api().body("{}").post("/api/v1/customers/" + customer + "/account").then().statusCode(201)
                .body("status", equalTo("INVITED"));
        try (Browser browser = new Browser(Browser.Width.PHONE, "invited")) {
            browser.open(BookingPageSteps.linkMailedTo(platform, email, "/password?token="));
            browser.type("#new-password", "short");
            browser.click("#set-password");
            browser.waitForText("#error-new-password", "8");
            browser.screenshot("1-password-too-short");
            browser.type("#new-password", "a long enough password");
            browser.click("#set-password");
            browser.waitForText("#mine-name", "Iva Pozvaná");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("token");
            browser.screenshot("2-signed-in");
        }
        platform.api().get("/api/v1/customers/" + customer + "/account").then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void aSessionPaysOnlyItsOwnCustomersBookingsFromCredit() throws Exception {
        String customer = platform.api().body("{\"firstName\":\"Olga\",\"lastName\":\"Vlastní\",\"email\":\"own-"
                + UUID.randomUUID() + "@example.com\"}").post("/api/v1/customers").then().statusCode(201)
                .extract().path("id");
        platform.api().body("{\"password\":\"correct horse battery\"}").post("/api/v1/customers/" + customer
                + "/account").then().statusCode(201);
        List<String> starts = platform.api().get(calendar.startsOn(LocalDate.now(Calendar.ZONE).plusDays(13))).then()
                .extract().path("start");
        String someoneElses = platform.api().body("{\"lines\":[" + calendar.line(starts.get(0)) + "]}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        String api = "/book/" + platform.tenant() + "/api/";
        String session = given().contentType("application/json").body("{\"token\":\"" + loginToken(customer) + "\"}")
                .post(api + "sessions").then().statusCode(201).extract().path("session");
        given().header("Authorization", "Bearer " + session)
                .post(api + "my/bookings/" + someoneElses + "/credit-payments").then().statusCode(404);
        given().header("Authorization", "Bearer " + session).post(api + "my/bookings/nonsense/credit-payments")
                .then().statusCode(404);
        String own = platform.api().body("{\"lines\":[" + calendar.line(starts.get(1)) + "],\"customerId\":\""
                + customer + "\"}").post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + session).post(api + "my/bookings/" + own + "/credit-payments")
                .then().statusCode(409);
        platform.api().get("/api/v1/bookings/" + someoneElses).then().body("paid", equalTo(0.0f));

        platform.api().body("{\"enabled\":true,\"onlinePayments\":[\"voucher\"]}").put("/api/v1/booking-page")
                .then().statusCode(200).body("onlinePayments", equalTo(List.of("voucher")));
        try {
            platform.api().body("{\"amount\":500,\"reason\":\"top-up\"}").post("/api/v1/customers/" + customer
                    + "/credit/entries").then().statusCode(201);
            // the wallet as customer-service holds it: the credit, and a held pass with its entries and validity
            String pass = platform.api().body("{\"name\":\"Ten visits\",\"entries\":10,\"validityDays\":30,"
                    + "\"price\":900,\"currency\":\"CZK\"}").post("/api/v1/passes").then().statusCode(201)
                    .extract().path("id");
            String validUntil = platform.api().body("{\"passId\":\"" + pass + "\"}")
                    .post("/api/v1/customers/" + customer + "/passes").then().statusCode(201)
                    .extract().path("validUntil");
            given().header("Authorization", "Bearer " + session).get(api + "my").then().statusCode(200)
                    .body("creditPayments", equalTo(false))
                    .body("passes[0].entriesLeft", equalTo(10)).body("passes[0].entriesTotal", equalTo(10))
                    .body("passes[0].validUntil", equalTo(validUntil));
            given().header("Authorization", "Bearer " + session).post(api + "my/bookings/" + own
                    + "/credit-payments").then().statusCode(403);
            platform.api().get("/api/v1/bookings/" + own).then().body("paid", equalTo(0.0f));
        } finally {
            platform.api().body("{\"enabled\":true}").put("/api/v1/booking-page").then().statusCode(200)
                    .body("onlinePayments", equalTo(List.of("voucher", "credit")));
        }
        given().header("Authorization", "Bearer " + session).post(api + "my/bookings/" + own + "/credit-payments")
                .then().statusCode(201).body("paymentStatus", equalTo("PAID"));
    }

    private static String loginToken(String customer) {
        return platform.api().post("/api/v1/customers/" + customer + "/login-tokens").then().statusCode(201)
                .extract().path("token");
    }
}
