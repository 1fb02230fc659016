package io.horae.e2e;

import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The customer's side in a real browser against the real platform: a customer books on the tenant's booking page
 * (service, day, start, the hold's countdown, a bad e-mail refused next to its field), sees the confirmation with its
 * QR code, pays part with a voucher, takes the calendar file, cancels, and finds the start offered again; at a
 * desktop's and a phone's width, with a screenshot of each step in {@code target/screenshots}. Two customers racing
 * for one start: one holds it, the other is told it was just taken and shown the next free ones. A class's last seat
 * is booked and the next customer joins its waiting list. (My bookings: {@link MyBookingsIT}.)
 */
class BookingPageIT {
    private static Platform platform;
    private static Calendar calendar;
    private static String page;
    private static String colour;
    /** The page's first service, Massage (60 min); the page offers Colour (30 min) too, on the same resource. */
    private static String massage;

    @BeforeAll
    static void up() throws Exception {
        Browser.assumeAvailable();
        platform = Platform.up("horae-page-");
        calendar = Calendar.arrange(platform::api, "Salon Alena");
        platform.api().get("/api/v1/booking-page").then().statusCode(200)
                .body("enabled", equalTo(true)).body("url", equalTo("/book/" + platform.tenant()));
        colour = platform.api().body("{\"names\":{\"en\":\"Colour\"},\"durationMinutes\":30,\"price\":20,"
                + "\"currency\":\"EUR\"}").post("/api/v1/services").then().statusCode(201).extract().path("id");
        platform.api().body("{\"serviceIds\":[\"" + calendar.service() + "\",\"" + colour + "\"]}")
                .put("/api/v1/resources/" + calendar.resource() + "/services").then().statusCode(200);
        massage = "button.service[data-id='" + calendar.service() + "']";
        platform.api().body("{\"enabled\":true,\"title\":\"Salon Alena\",\"colour\":\"#7A3E9D\",\"serviceIds\":[\""
                        + calendar.service() + "\",\"" + colour + "\"]}").put("/api/v1/booking-page")
                .then().statusCode(200).body("colour", equalTo("#7a3e9d"));
        page = io.restassured.RestAssured.baseURI + "/book/" + platform.tenant() + "/";
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    @Test
    void aCustomerBooksCancelsAndSeesTheStartOfferedAgainOnADesktop() throws Exception {
        journey(Browser.Width.DESKTOP, LocalDate.now(Calendar.ZONE).plusDays(7));
    }

    @Test
    void aCustomerBooksCancelsAndSeesTheStartOfferedAgainOnAPhone() throws Exception {
        journey(Browser.Width.PHONE, LocalDate.now(Calendar.ZONE).plusDays(8));
    }

    private void journey(Browser.Width width, LocalDate day) throws Exception {
        try (Browser browser = new Browser(width, "booking")) {
            browser.open(page);
            browser.visible("button.service");
            assertThat(browser.driver().getTitle()).isEqualTo("Salon Alena");
            new org.openqa.selenium.support.ui.Select(browser.visible("#language")).selectByValue("cs");
            browser.waitForText("#choose-heading", "Vyberte službu");
            new org.openqa.selenium.support.ui.Select(browser.visible("#language")).selectByValue("en");
            browser.waitForText("#choose-heading", "Choose a service");
            browser.screenshot("1-service");

            browser.click(massage);
            String start = BookingPageSteps.startOn(browser, day);
            browser.screenshot("2-day-and-starts");

            browser.click("button.start[data-start='" + start + "']");
            String countdown = browser.visible("#countdown").getText();
            assertThat(countdown).matches("\\d{1,2}:\\d{2}");
            await().atMost(Duration.ofSeconds(5)).until(() -> !browser.visible("#countdown").getText().equals(countdown));
            browser.screenshot("3-held");

            String email = "page-" + UUID.randomUUID() + "@example.com";
            browser.type("#firstName", "Klára");
            browser.type("#lastName", "Nováková");
            browser.type("#email", "klara-at-example");
            browser.type("#phone", "601 123 456");
            browser.click("#book");
            browser.waitForText("#error-email", "well-formed");
            assertThat(browser.visible("#email").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.shows("#confirmation-heading")).isFalse();
            browser.screenshot("4-bad-email");

            browser.type("#email", email);
            browser.click("#book");
            String reference = browser.visible("#reference").getText();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) ((org.openqa.selenium
                    .JavascriptExecutor) d).executeScript("return document.getElementById('ticket-code').naturalWidth > 0"));
            browser.screenshot("5-confirmation");
            String customer = platform.api().queryParam("email", email).get("/api/v1/customers").then().statusCode(200)
                    .body("total", equalTo(1)).extract().path("items[0].id");
            platform.api().get("/api/v1/bookings?customerId=" + customer).then().statusCode(200)
                    .body("items[0].reference", equalTo(reference)).body("items[0].status", equalTo("CONFIRMED"))
                    .body("items[0].start", equalTo(start));

            String voucher = "PAGE" + Long.toHexString(System.nanoTime());
            platform.api().body("{\"code\":\"" + voucher + "\",\"amount\":15,\"currency\":\"EUR\"}")
                    .post("/api/v1/vouchers").then().statusCode(201);
            browser.type("#voucher-code", voucher);
            browser.click("#pay-voucher");
            browser.waitForText("#paid", "15.00");
            browser.click("#pay-voucher");
            assertThat(browser.waitForAnyText("#error-voucher-code")).as("a voucher pays once").isNotBlank();
            platform.api().get("/api/v1/bookings?customerId=" + customer).then()
                    .body("items[0].paid", equalTo(15.0f)).body("items[0].paymentStatus", equalTo("PARTLY_PAID"));

            VEvent event = BookingPageSteps.calendarEvent(browser.visible("#calendar-file").getAttribute("href"));
            assertThat(Instant.from(event.getDateTimeStart().orElseThrow().getDate())).isEqualTo(Instant.parse(start));
            assertThat(event.getStatus().orElseThrow().getValue()).isEqualTo("CONFIRMED");
            assertThat(event.getSummary().orElseThrow().getValue()).contains(reference);

            browser.click("#cancel");
            browser.visible("#cancelled-heading");
            browser.screenshot("6-cancelled");
            platform.api().get("/api/v1/bookings?customerId=" + customer).then()
                    .body("items[0].status", equalTo("CANCELLED"));

            browser.click("#again");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (browser.all("button.start[data-start='" + start + "']").isEmpty()) {
                    browser.click("button.day[data-date='" + day + "']");  // as a customer would look again
                    return false;
                }
                return true;
            });
            browser.screenshot("7-offered-again");
        }
    }

    @Test
    void twoCustomersRaceForOneStartAndTheSecondIsShownTheNextFreeOnes() {
        LocalDate day = LocalDate.now(Calendar.ZONE).plusDays(9);
        try (Browser first = new Browser(Browser.Width.DESKTOP, "race-first");
             Browser second = new Browser(Browser.Width.DESKTOP, "race-second")) {
            for (Browser browser : List.of(first, second)) {
                browser.open(page);
                browser.click(massage);
            }
            String start = BookingPageSteps.startOn(first, day);
            assertThat(BookingPageSteps.startOn(second, day)).isEqualTo(start);

            first.click("button.start[data-start='" + start + "']");
            first.visible("#countdown");
            second.click("button.start[data-start='" + start + "']");
            second.waitForText("#message", "just taken");
            List<String> offered = second.all("button.start").stream().map(b -> b.getAttribute("data-start")).toList();
            assertThat(offered).isNotEmpty().doesNotContain(start);
            assertThat(second.shows("#details-heading")).isFalse();
            second.screenshot("taken");

            first.type("#firstName", "Adam");
            first.type("#lastName", "První");
            first.type("#email", "first-" + UUID.randomUUID() + "@example.com");
            first.click("#book");
            assertThat(first.visible("#reference").getText()).isNotBlank();
        }
    }

    @Test
    void aCustomerBooksTheLastSeatOfAClassAndTheNextJoinsItsWaitingList() throws Exception {
        LocalDate day = LocalDate.now(Calendar.ZONE).plusDays(12);
        String start = day.atTime(10, 0).atZone(Calendar.ZONE).toInstant().toString();
        String yoga = platform.api().body("{\"serviceId\":\"" + calendar.service() + "\",\"resourceId\":\""
                        + calendar.resource() + "\",\"start\":\"" + start + "\",\"capacity\":1}")
                .post("/api/v1/classes").then().statusCode(201).extract().path("id");
        String seat = "button.class[data-class='" + yoga + "']";

        try (Browser first = new Browser(Browser.Width.DESKTOP, "class-first")) {
            first.open(page);
            first.click(massage);
            BookingPageSteps.startOn(first, day);
            assertThat(first.visible(seat).getText()).contains("1 seats left");
            first.click(seat);
            first.visible("#countdown");
            first.type("#firstName", "Jana");
            first.type("#lastName", "Jógová");
            first.type("#email", "yoga-" + UUID.randomUUID() + "@example.com");
            first.click("#book");
            assertThat(first.visible("#reference").getText()).isNotBlank();
            first.screenshot("booked-the-last-seat");
        }
        String email = "waiting-" + UUID.randomUUID() + "@example.com";
        try (Browser second = new Browser(Browser.Width.PHONE, "class-second")) {
            second.open(page);
            second.click(massage);
            BookingPageSteps.startOn(second, day);
            assertThat(second.visible(seat).getText()).contains("Full");
            second.click(seat);
            assertThat(second.shows("#held")).as("nothing is held for a waiting list").isFalse();
            second.type("#firstName", "Petr");
            second.type("#lastName", "Čekající");
            second.type("#email", email);
            second.click("#book");
            second.waitForText("#waiting", "waiting list");
            second.screenshot("on-the-waiting-list");
        }
        String customer = platform.api().queryParam("email", email).get("/api/v1/customers").then()
                .extract().path("items[0].id");
        platform.api().get("/api/v1/waitlist?classId=" + yoga).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].customerId", equalTo(customer))
                .body("[0].status", equalTo("WAITING"));
    }


    @Test
    void aCustomerBooksTwoServicesInARowUnderTheTenantsLogo() throws Exception {
        byte[] logo = BookingPageSteps.png(120, 40);
        String logoUrl = platform.api().contentType("image/png").body(logo).put("/api/v1/booking-page/logo").then()
                .statusCode(200).extract().path("logoUrl");
        LocalDate day = LocalDate.now(Calendar.ZONE).plusDays(10);
        List<String> combinations = platform.api().body("{\"serviceIds\":[\"" + calendar.service() + "\",\"" + colour
                        + "\"],\"locationId\":\"" + calendar.location() + "\",\"from\":\""
                        + day.atStartOfDay(Calendar.ZONE).toOffsetDateTime() + "\",\"to\":\""
                        + day.plusDays(1).atStartOfDay(Calendar.ZONE).toOffsetDateTime() + "\"}")
                .post("/api/v1/availability/combinations").then().statusCode(200).extract().path("start");
        assertThat(combinations).as("Massage then Colour fit from 09:00 and 10:00, not 11:00 (closes at 12)")
                .hasSize(2);

        try (Browser browser = new Browser(Browser.Width.DESKTOP, "in-a-row")) {
            browser.open(page);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) ((org.openqa.selenium
                    .JavascriptExecutor) d).executeScript("return document.getElementById('logo').naturalWidth === 120"));
            assertThat(browser.visible("#logo").getAttribute("src")).endsWith(logoUrl);
            browser.click(massage);
            new org.openqa.selenium.support.ui.Select(browser.visible("#then")).selectByVisibleText("Colour");
            browser.waitForText("#chain", "Massage → Colour");
            String start = BookingPageSteps.startOn(browser, day);
            List<String> offered = browser.all("button.start").stream().map(b -> b.getAttribute("data-start")).toList();
            assertThat(offered).isEqualTo(combinations);
            assertThat(start).isEqualTo(combinations.get(0));
            browser.screenshot("1-two-services-in-a-row");

            browser.click("button.start[data-start='" + start + "']");
            browser.visible("#countdown");
            browser.type("#firstName", "Eva");
            browser.type("#lastName", "Dvojí");
            browser.type("#email", "row-" + UUID.randomUUID() + "@example.com");
            browser.click("#book");
            String reference = browser.visible("#reference").getText();
            assertThat(browser.visible("#booked-service").getText()).isEqualTo("Massage, Colour");
            browser.screenshot("2-booked-in-a-row");

            String booking = platform.api().queryParam("reference", reference).get("/api/v1/bookings").then()
                    .statusCode(200).body("items.size()", equalTo(1)).extract().path("items[0].id");
            platform.api().get("/api/v1/bookings/" + booking).then().statusCode(200)
                    .body("price", equalTo(60.0f)).body("lines.size()", equalTo(2))
                    .body("lines[0].serviceId", equalTo(calendar.service())).body("lines[0].start", equalTo(start))
                    .body("lines[1].serviceId", equalTo(colour))
                    .body("lines[1].start", equalTo(Instant.parse(start).plus(Duration.ofMinutes(60)).toString()));
        } finally {
            platform.api().delete("/api/v1/booking-page/logo").then().statusCode(200);
        }
    }

    @Test
    void theTenantSetsItsLogoWhatCustomersPayWithAndWhichSitesScriptsMayCallThePage() throws Exception {
        String api = "/book/" + platform.tenant() + "/api/";
        platform.api().contentType("image/png").body("not an image".getBytes()).put("/api/v1/booking-page/logo")
                .then().statusCode(415);
        platform.api().contentType("image/jpeg").body(BookingPageSteps.png(10, 10)).put("/api/v1/booking-page/logo")
                .then().statusCode(415);
        platform.api().contentType("image/png").body(new byte[70 * 1024]).put("/api/v1/booking-page/logo")
                .then().statusCode(413);
        byte[] logo = BookingPageSteps.png(64, 64);
        String logoUrl = platform.api().contentType("image/png").body(logo).put("/api/v1/booking-page/logo").then()
                .statusCode(200).extract().path("logoUrl");
        assertThat(given().get(logoUrl).then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray()).isEqualTo(logo);
        given().get(api + "page").then().body("logoUrl", equalTo(logoUrl));
        platform.api().delete("/api/v1/booking-page/logo").then().statusCode(200)
                .body("logoUrl", org.hamcrest.Matchers.nullValue());
        given().get("/book/" + platform.tenant() + "/logo").then().statusCode(404);

        String settings = "{\"enabled\":true,\"title\":\"Salon Alena\",\"colour\":\"#7a3e9d\",\"serviceIds\":[\"" + calendar.service() + "\",\"" + colour
                + "\"],\"embedOrigins\":[\"https://shop.example\"]";
        platform.api().body(settings + ",\"onlinePayments\":[\"cash\"]}").put("/api/v1/booking-page").then()
                .statusCode(400).body("errors[0].field", equalTo("onlinePayments"));
        platform.api().body(settings + ",\"onlinePayments\":[]}").put("/api/v1/booking-page").then()
                .statusCode(200).body("onlinePayments.size()", equalTo(0));
        try {
            given().get(api + "page").then().body("onlinePayments.size()", equalTo(0));
            String start = platform.api().get(calendar.startsOn(LocalDate.now(Calendar.ZONE).plusDays(11))).then()
                    .extract().path("start[0]");
            String hold = given().contentType("application/json").body("{\"serviceId\":\"" + calendar.service()
                    + "\",\"resourceId\":\"" + calendar.resource() + "\",\"start\":\"" + start + "\"}")
                    .post(api + "holds").then().statusCode(201).extract().path("id");
            given().contentType("application/json").body("{\"holdId\":\"" + hold + "\",\"firstName\":\"Bez\","
                            + "\"lastName\":\"Poukazu\",\"email\":\"nopay-" + UUID.randomUUID() + "@example.com\"}")
                    .post(api + "bookings").then().statusCode(201)
                    .body("reference", org.hamcrest.Matchers.notNullValue())
                    .body("voucherUrl", org.hamcrest.Matchers.nullValue());

            given().header("Origin", "https://shop.example").get(api + "page").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "https://shop.example").header("Vary", "Origin");
            assertThat(given().header("Origin", "https://elsewhere.example").get(api + "page").then().statusCode(200)
                    .extract().header("Access-Control-Allow-Origin")).isNull();
            given().header("Origin", "https://shop.example").header("Access-Control-Request-Method", "POST")
                    .options(api + "holds").then().statusCode(204)
                    .header("Access-Control-Allow-Origin", "https://shop.example")
                    .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsString("Authorization"));
        } finally {
            platform.api().body(settings + "}").put("/api/v1/booking-page").then().statusCode(200)
                    .body("onlinePayments", equalTo(List.of("voucher", "credit")));
        }
    }

    @Test
    void aPageIsShownOnlyWhileItsTenantHasItOn() throws Exception {
        String admin = platform.api().body("{\"id\":\"closed-" + System.nanoTime() % 100000 + "\",\"name\":\"Closed\"}")
                .post("/api/v1/tenants").then().statusCode(201).extract().path("apiKey.key");
        String tenant = given().header("Authorization", "Bearer " + admin).get("/api/v1/booking-page").then()
                .statusCode(200).body("enabled", equalTo(false)).extract().path("url");
        given().get(tenant + "/").then().statusCode(404);
        given().get(tenant + "/api/page").then().statusCode(404);
        given().header("Authorization", "Bearer " + admin).contentType("application/json")
                .body("{\"enabled\":true,\"colour\":\"purple\",\"embedOrigins\":[\"https://shop.example/path\"]}")
                .put("/api/v1/booking-page").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("colour", "embedOrigins[0]"));
        given().header("Authorization", "Bearer " + admin).contentType("application/json")
                .body("{\"enabled\":true,\"embedOrigins\":[\"https://shop.example\"]}")
                .put("/api/v1/booking-page").then().statusCode(200).body("title", equalTo("Closed"));
        given().get(tenant + "/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "frame-ancestors 'self' https://shop.example"));
        given().get(tenant + "/api/page").then().statusCode(200).body("services.size()", equalTo(0));
        platform.api().get("/api/v1/booking-page").then().statusCode(200).body("title", equalTo("Salon Alena"));
        given().header("Authorization", "Bearer " + admin).get("/book/" + platform.tenant() + "/api/page").then()
                .statusCode(200).body("title", equalTo("Salon Alena"));
    }

    @Test
    void badInputOnThePageIsRefusedAndNeverAnError() throws Exception {
        String api = "/book/" + platform.tenant() + "/api/";
        List<String> queries = List.of("days", "days?serviceId=x&locationId=y&month=2027-13",
                "days?serviceId=" + calendar.service() + "&locationId=" + UUID.randomUUID() + "&month=2027-03",
                "days?serviceId=" + UUID.randomUUID() + "&locationId=" + calendar.location() + "&month=2027-03",
                "starts?serviceId=" + calendar.service() + "&locationId=" + calendar.location() + "&date=yesterday",
                "starts?serviceId=" + calendar.service() + "&then=x&locationId=" + calendar.location()
                        + "&date=2027-03-01",
                "days?serviceId=" + calendar.service() + "&then=" + colour + "," + colour + "," + colour
                        + "&locationId=" + calendar.location() + "&month=2027-03",
                "days?serviceId=" + calendar.service() + "&then=" + UUID.randomUUID() + "&locationId="
                        + calendar.location() + "&month=2027-03");
        for (String query : queries) {
            assertThat(given().get(api + query).statusCode()).as(query).isBetween(400, 499);
        }
        List<String> bodies = List.of("", "[]", "{", "{\"holdId\":\"x\"}", "{\"holdId\":\"" + UUID.randomUUID()
                + "\",\"firstName\":7}", "{\"serviceId\":\"" + calendar.service() + "\",\"resourceId\":\""
                + calendar.resource() + "\",\"start\":\"soon\"}", "{\"serviceId\":\"" + UUID.randomUUID()
                + "\",\"resourceId\":\"" + calendar.resource() + "\",\"start\":\"2027-03-01T08:00:00Z\"}",
                "{\"serviceId\":\"" + calendar.service() + "\",\"then\":\"" + colour + "\",\"locationId\":\""
                        + calendar.location() + "\",\"start\":\"soon\"}",
                "{\"serviceId\":\"" + calendar.service() + "\",\"then\":[1],\"locationId\":\""
                        + calendar.location() + "\",\"start\":\"2027-03-01T08:00:00Z\"}");
        for (String path : List.of("holds", "bookings")) {
            for (String body : bodies) {
                assertThat(given().contentType("application/json").body(body).post(api + path).statusCode())
                        .as(path + " " + body).isBetween(400, 499);
            }
        }
    }
}
