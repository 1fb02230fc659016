package io.horae.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The platform exactly as a newcomer runs it: {@code ./horae up} as a real process with its embedded PostgreSQL
 * and Kafka, every service reached through the gateway, then stopped with SIGTERM, leaving no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        platform = Platform.up("horae-e2e-");
    }

    @Test
    @Order(1)
    void everyServiceAnswersThroughTheGateway() {
        String customer = api().body("""
                {"firstName":"Jan","lastName":"Šťastný","email":"jan@example.com","phone":"+420 601 123 456"}""")
                .post("/api/v1/customers")
                .then().statusCode(201).header("X-Request-Id", notNullValue())
                .body("lastName", equalTo("Šťastný")).extract().path("id");
        api().get("/api/v1/customers/" + customer).then().statusCode(200)
                .body("firstName", equalTo("Jan")).body("phone", equalTo("+420601123456"));
        api().queryParam("q", "stastny").get("/api/v1/customers/search")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains(customer));
        api().body("{\"amount\":250,\"reason\":\"top-up\"}").post("/api/v1/customers/" + customer + "/credit/entries")
                .then().statusCode(201).body("balance", equalTo(250.0f));
        api().body("{\"amount\":-300}").post("/api/v1/customers/" + customer + "/credit/entries")
                .then().statusCode(409).contentType("application/problem+json");

        String location = api().body("""
                {"name":"Praha 1","timeZone":"Europe/Prague","city":"Praha","country":"CZ"}""")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        api().get("/api/v1/locations/" + location).then().statusCode(200).body("timeZone", equalTo("Europe/Prague"));

        api().body("{\"name\":\"Gift box\",\"price\":499.00,\"currency\":\"CZK\",\"vatRate\":21}")
                .post("/api/v1/products").then().statusCode(201).body("currency", equalTo("CZK"));

        api().body("{\"url\":\"https://merchant.example/hooks\",\"eventTypes\":[\"booking.cancelled.v1\"]}")
                .post("/api/v1/webhooks").then().statusCode(201).body("secret", notNullValue());
    }

    /** A resource offering a one-hour service 09:00–12:00 every day: three starts on {@code day}. */
    private static Calendar calendar(String name) {
        return Calendar.arrange(PlatformIT::api, name);
    }

    @Test
    @Order(2)
    void aHoldTakesTheSlotFromAvailabilityAndItsReleaseGivesItBack() throws Exception {
        Calendar calendar = calendar("Brno");
        String hold = "{\"lines\":[" + calendar.line(calendar.startsOfDay().get(1)) + "]}";
        String reservation = api().body(hold).post("/api/v1/reservations")
                .then().statusCode(201).body("status", equalTo("HELD")).extract().path("id");
        api().body(hold).post("/api/v1/reservations").then().statusCode(409).contentType("application/problem+json");
        awaitSlots(calendar.starts(), 2);

        api().post("/api/v1/reservations/" + reservation + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));
        awaitSlots(calendar.starts(), 3);
    }

    @Test
    @Order(2)
    void aCancelledBookingsSlotIsOfferedAgainAndARescheduleMovesIt() throws Exception {
        Calendar calendar = calendar("Ostrava");
        List<String> day = calendar.startsOfDay();
        String customer = api().body("{\"firstName\":\"Eva\",\"lastName\":\"Malá\",\"email\":\"eva@example.com\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");

        // a customer who does not exist is refused, and the start the booking would have taken is given back (the
        // slot counts below would be one short)
        api().body("{\"lines\":[" + calendar.line(day.get(1)) + "],\"customerId\":\"" + java.util.UUID.randomUUID()
                        + "\"}").post("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));

        // hold, then book the hold: the slot is gone
        String reservation = api().body("{\"lines\":[" + calendar.line(day.get(0)) + "]}").post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        String booking = api().body("{\"reservationId\":\"" + reservation + "\",\"customerId\":\"" + customer + "\"}")
                .post("/api/v1/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .extract().path("id");
        api().get("/api/v1/reservations/" + reservation).then().body("status", equalTo("CONFIRMED"));
        awaitSlots(calendar.starts(), 2);
        // reading the booking needs no other service: the customer and the service come from projections
        awaitBody("/api/v1/bookings/" + booking, "customer.lastName", "Malá");
        awaitBody("/api/v1/bookings/" + booking, "lines[0].serviceName", "Massage");

        // cancelled: booking.cancelled -> reservations releases -> availability offers the start again
        api().body("{\"reason\":\"ill\"}").post("/api/v1/bookings/" + booking + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        awaitSlots(calendar.starts(), 3);

        // in one step, then moved to the last start of the day: the first is free again, the last is taken
        String moving = api().body("{\"lines\":[" + calendar.line(day.get(0)) + "]}").post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        awaitSlots(calendar.starts(), 2);
        api().body("{\"start\":\"" + day.get(2) + "\"}").post("/api/v1/bookings/" + moving + "/reschedule")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        awaitStarts(calendar.starts(), List.of(day.get(0), day.get(1)));
        // the taken start cannot be booked by someone else
        api().body("{\"lines\":[" + calendar.line(day.get(2)) + "]}").post("/api/v1/bookings")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @Order(2)
    void aWaitingCustomerIsOfferedTheSlotACancellationFrees() throws Exception {
        Calendar calendar = calendar("Olomouc");
        String start = calendar.startsOfDay().get(0);
        String customer = api().body("{\"firstName\":\"Petr\",\"lastName\":\"Novák\",\"email\":\"petr@example.com\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String booking = api().body("{\"lines\":[" + calendar.line(start) + "]}").post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        String entry = api().body("{\"customerId\":\"" + customer + "\",\"resourceId\":\"" + calendar.resource()
                        + "\",\"serviceId\":\"" + calendar.service() + "\",\"start\":\"" + start + "\"}")
                .post("/api/v1/waitlist").then().statusCode(201).extract().path("id");

        api().post("/api/v1/bookings/" + booking + "/cancellation").then().statusCode(200);
        // booking-service holds the freed slot for the waiting customer with its own token
        awaitBody("/api/v1/waitlist/" + entry, "status", "OFFERED");
        String offered = api().get("/api/v1/waitlist/" + entry).then().extract().path("reservationId");
        api().get("/api/v1/reservations/" + offered).then().statusCode(200).body("status", equalTo("HELD"))
                .body("customerId", equalTo(customer));
        awaitSlots(calendar.starts(), 2);
        api().body("{\"reservationId\":\"" + offered + "\",\"customerId\":\"" + customer + "\"}")
                .post("/api/v1/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED"));
        api().get("/api/v1/waitlist/" + entry).then().body("status", equalTo("BOOKED"));
    }

    @Test
    @Order(2)
    void aBookingIsPaidFromTheCustomersCreditAndNeverBeyondIt() throws Exception {
        Calendar calendar = calendar("Liberec");
        List<String> day = calendar.startsOfDay();
        String probe = api().body("{\"lines\":[" + calendar.line(day.get(2)) + "]}").post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        awaitBody("/api/v1/bookings/" + probe, "lines[0].serviceName", "Massage"); // the price is known now
        String customer = api().body("{\"firstName\":\"Ida\",\"lastName\":\"Krátká\",\"email\":\"ida@example.com\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        api().body("{\"amount\":50}").post("/api/v1/customers/" + customer + "/credit/entries").then().statusCode(201);
        String booking = api().body("{\"lines\":[" + calendar.line(day.get(0)) + "],\"customerId\":\"" + customer
                        + "\",\"payment\":{\"required\":true}}")
                .post("/api/v1/bookings").then().statusCode(201).body("status", equalTo("PENDING_PAYMENT"))
                .body("price", equalTo(40.0f)).extract().path("id");

        api().body("{\"amount\":60,\"method\":\"CREDIT\"}").post("/api/v1/bookings/" + booking + "/payments")
                .then().statusCode(409).contentType("application/problem+json");
        api().get("/api/v1/bookings/" + booking).then().body("status", equalTo("PENDING_PAYMENT"))
                .body("paymentStatus", equalTo("UNPAID"));
        api().body("{\"amount\":40,\"method\":\"CREDIT\"}").post("/api/v1/bookings/" + booking + "/payments")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("paymentStatus", equalTo("PAID"));
        api().get("/api/v1/customers/" + customer + "/credit").then().body("balance", equalTo(10.0f));

        // a voucher pays its value, once; a pass pays what is still owed with one of its entries
        String code = "E2E" + Long.toHexString(System.nanoTime());
        api().body("{\"code\":\"" + code + "\",\"amount\":15,\"currency\":\"EUR\"}").post("/api/v1/vouchers")
                .then().statusCode(201);
        String second = api().body("{\"lines\":[" + calendar.line(day.get(1)) + "],\"customerId\":\"" + customer
                        + "\",\"payment\":{\"required\":true}}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().body("{\"method\":\"VOUCHER\",\"code\":\"" + code + "\"}").post("/api/v1/bookings/" + second + "/payments")
                .then().statusCode(200).body("paid", equalTo(15.0f)).body("paymentStatus", equalTo("PARTLY_PAID"))
                .body("status", equalTo("PENDING_PAYMENT"));
        api().body("{\"method\":\"VOUCHER\",\"code\":\"" + code + "\"}").post("/api/v1/bookings/" + second + "/payments")
                .then().statusCode(409);
        String pass = api().body("{\"name\":\"10 massages\",\"entries\":10,\"validityDays\":365}")
                .post("/api/v1/passes").then().statusCode(201).extract().path("id");
        String held = api().body("{\"passId\":\"" + pass + "\"}").post("/api/v1/customers/" + customer + "/passes")
                .then().statusCode(201).extract().path("id");
        api().body("{\"method\":\"PASS\",\"passId\":\"" + held + "\"}").post("/api/v1/bookings/" + second + "/payments")
                .then().statusCode(200).body("paymentStatus", equalTo("PAID")).body("status", equalTo("CONFIRMED"));
        api().get("/api/v1/customers/" + customer + "/passes").then().body("[0].entriesLeft", equalTo(9));

        // refunds give everything back where it came from, once, and only for a booking that is off
        api().post("/api/v1/bookings/" + booking + "/refund").then().statusCode(409);
        for (String paid : List.of(booking, second)) {
            api().body("{}").post("/api/v1/bookings/" + paid + "/cancellation").then().statusCode(200);
            api().post("/api/v1/bookings/" + paid + "/refund").then().statusCode(200)
                    .body("paymentStatus", equalTo("REFUNDED")).body("paid", equalTo(0.0f));
            api().post("/api/v1/bookings/" + paid + "/refund").then().statusCode(200);
        }
        api().get("/api/v1/customers/" + customer + "/credit").then().body("balance", equalTo(50.0f));
        api().get("/api/v1/customers/" + customer + "/passes").then().body("[0].entriesLeft", equalTo(10));
        api().get("/api/v1/vouchers/" + code).then().statusCode(200).body("redeemedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @Order(2)
    void aBookingCarriesItsCustomValuesFromThePlacementAndABadOneClaimsNothing() throws Exception {
        Calendar calendar = calendar("Olomouc");
        List<String> day = calendar.startsOfDay();
        String key = "table" + Math.abs(System.nanoTime() % 1_000_000);
        api().body("{\"key\":\"" + key + "\",\"label\":\"Table\",\"type\":\"NUMBER\",\"scope\":\"BOOKING\"}")
                .post("/api/v1/custom-value-definitions").then().statusCode(201);
        api().body("{\"lines\":[" + calendar.line(day.get(0)) + "],\"customValues\":{\"" + key + "\":\"seven\"}}")
                .post("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("customValues." + key));
        api().body("{\"lines\":[" + calendar.line(day.get(0)) + "],\"customValues\":{\"undefined\":1}}")
                .post("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("customValues.undefined"));
        // the values were checked before anything was claimed: every start is still offered
        awaitStarts(calendar.starts(), day);
        String booking = api().body("{\"lines\":[" + calendar.line(day.get(0)) + "],\"customValues\":{\"" + key
                        + "\":7}}").post("/api/v1/bookings").then().statusCode(201)
                .body("customValues." + key, equalTo(7)).extract().path("id");
        api().get("/api/v1/bookings/" + booking).then().body("customValues." + key, equalTo(7));
    }

    @Test
    @Order(2)
    void aRentalTakesTheResourceForItsPeriod() throws Exception {
        Calendar calendar = calendar("Zlín");
        List<String> day = calendar.startsOfDay();
        String from = day.get(0);
        String until = java.time.OffsetDateTime.parse(day.get(1)).plusHours(1).toString();
        api().body("{\"lines\":[{\"resourceId\":\"" + calendar.resource() + "\",\"start\":\"" + from + "\",\"end\":\""
                        + until + "\"}]}")
                .post("/api/v1/bookings").then().statusCode(201).body("kind", equalTo("RENTAL"))
                .body("status", equalTo("CONFIRMED"));
        // two of the three hours are rented: only the last start is left
        awaitStarts(calendar.starts(), List.of(day.get(2)));
        api().body("{\"lines\":[{\"resourceId\":\"" + calendar.resource() + "\",\"start\":\"" + day.get(1)
                        + "\",\"end\":\"" + java.time.OffsetDateTime.parse(day.get(2)).plusHours(1) + "\"}]}")
                .post("/api/v1/bookings").then().statusCode(409);
    }

    @Test
    @Order(2)
    void aBookingOfProductsTakesTheLocationsStockAndItsCancellationGivesItBack() throws Exception {
        String store = api().body("{\"name\":\"Shop Kolín\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        String lane = api().body("{\"name\":\"Bowling lane, 1 hour\",\"price\":450.00,\"currency\":\"CZK\","
                + "\"vatRate\":21}").post("/api/v1/products").then().statusCode(201).extract().path("id");
        String shoes = api().body("{\"name\":\"Shoe rental\",\"price\":30.00,\"currency\":\"CZK\","
                + "\"vatRate\":21}").post("/api/v1/products").then().statusCode(201).extract().path("id");
        api().body("{\"quantity\":3}").put("/api/v1/products/" + lane + "/stock/" + store).then().statusCode(200);
        String at = java.time.OffsetDateTime.now().plusDays(9).withHour(18).withMinute(0).withSecond(0).withNano(0)
                .toString();
        String order = "{\"lines\":[{\"productId\":\"" + lane + "\",\"amount\":2,\"start\":\"" + at
                + "\",\"locationId\":\"" + store + "\"},{\"productId\":\"" + shoes + "\",\"amount\":6,\"start\":\""
                + at + "\"}]}";
        String booking = api().body(order).post("/api/v1/bookings").then().statusCode(201)
                .body("kind", equalTo("PRODUCTS")).body("status", equalTo("CONFIRMED"))
                .body("price", equalTo(1080.0f)).body("currency", equalTo("CZK"))
                .body("lines.find { it.productName == 'Bowling lane, 1 hour' }.seats", equalTo(2))
                .body("lines.find { it.productName == 'Shoe rental' }.seats", equalTo(6))
                .extract().path("id");
        api().get("/api/v1/products/" + lane + "/stock").then().body("[0].quantity", equalTo(1));
        // one lane is left: a second order of two is refused and takes nothing
        api().body(order).post("/api/v1/bookings").then().statusCode(409)
                .contentType("application/problem+json");
        api().get("/api/v1/products/" + lane + "/stock").then().body("[0].quantity", equalTo(1));

        api().body("{\"reason\":\"party moved\"}").post("/api/v1/bookings/" + booking + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        awaitBody("/api/v1/products/" + lane + "/stock", "[0].quantity", 3);
    }

    @Test
    @Order(2)
    void anErasedCustomerNeitherBooksNorReservesProductsAndAStrangerReservesNothing() throws Exception {
        new CustomerChecks(PlatformIT::api, calendar("Kutná Hora")).erasedCustomerNeitherBooksNorReserves();
    }

    @Test
    @Order(2)
    void aBookingWaitingForPaymentIsCancelledWhenItsHoldExpires() throws Exception {
        Calendar calendar = calendar("Plzeň");
        String expires = java.time.OffsetDateTime.now().plusSeconds(31).toString();
        String booking = api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(1))
                        + "],\"payment\":{\"required\":true,\"expiresAt\":\"" + expires + "\"}}")
                .post("/api/v1/bookings").then().statusCode(201).body("status", equalTo("PENDING_PAYMENT"))
                .extract().path("id");
        awaitSlots(calendar.starts(), 2);
        awaitBody("/api/v1/bookings/" + booking, "status", "CANCELLED", Duration.ofSeconds(90));
        awaitSlots(calendar.starts(), 3);
    }

    private static void awaitBody(String path, String field, Object expected) throws InterruptedException {
        awaitBody(path, field, expected, Duration.ofSeconds(30));
    }

    /** Until {@code field} of what {@code path} answers is {@code expected} (a JSON path: {@code size()} counts). */
    private static void awaitBody(String path, String field, Object expected, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        Object seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = api().get(path).then().statusCode(200).extract().path(field);
            if (expected.equals(seen)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " " + field + " was " + seen + ", not " + expected + ", within " + within);
    }

    /** Until availability offers exactly {@code expected} starts. */
    private static void awaitStarts(String query, List<String> expected) throws InterruptedException {
        awaitBody(query, "start", expected);
    }

    /** Until availability offers {@code expected} starts. */
    private static void awaitSlots(String query, int expected) throws InterruptedException {
        awaitBody(query, "size()", expected);
    }

    @Test
    @Order(3)
    void theGatewayRefusesWhoeverHasNoKeyAndKeepsTheRequestId() {
        given().get("/api/v1/locations").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong").get("/api/v1/locations").then().statusCode(401);
        api().header("X-Tenant-Id", "someone-else").get("/api/v1/locations").then().statusCode(403);
        api().header("X-Request-Id", "trace-me-42").get("/api/v1/locations")
                .then().statusCode(200).header("X-Request-Id", equalTo("trace-me-42"));
        api().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(3)
    void aServiceCalledDirectlyWithoutTheGatewaysTokenRefuses() {
        int customerPort = Integer.parseInt(io.restassured.RestAssured.baseURI.replaceAll(".*:", "")) + 1;
        String direct = "http://localhost:" + customerPort;
        given().baseUri(direct).get("/api/v1/customers").then().statusCode(401);
        given().baseUri(direct).header("X-Horae-Tenant", "demo").get("/api/v1/customers").then().statusCode(401);
        given().baseUri(direct).header("Authorization", "Bearer " + platform.key()).get("/api/v1/customers")
                .then().statusCode(401);
        api().get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    @Order(3)
    void aNewTenantGetsAnAdminKeyThatSeesOnlyItsOwnData() {
        String tenant = "e2e-" + Long.toHexString(System.nanoTime());
        String admin = api().body("{\"id\":\"" + tenant + "\",\"name\":\"Second shop\"}").post("/api/v1/tenants")
                .then().statusCode(201).extract().path("apiKey.key");
        String location = api().body("{\"name\":\"Demo only\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + admin).get("/api/v1/locations/" + location)
                .then().statusCode(404);
        given().header("Authorization", "Bearer " + admin).get("/api/v1/locations").then().statusCode(200);
    }

    @Test
    @Order(4)
    void badInputIsAProblemNotACrash() {
        api().body("{\"firstName\":\"\",\"lastName\":\"X\",\"email\":\"not-an-email\"}")
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("firstName", "email"));
        api().body("{\"name\":\"Nowhere\",\"timeZone\":\"Mars/Olympus\"}")
                .post("/api/v1/locations")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    @Order(5)
    void domainMetricsCountWhatHappened() {
        new DomainMetricsScenario(platform).oneBookingsLifeIsCounted();
    }

    @AfterAll
    static void stopLeavesNoProcessBehind() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    private static RequestSpecification api() {
        return platform.api();
    }
}
