package io.horae.e2e;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A merchant changes what it published, on the platform as {@code ./horae up} runs it, through the gateway: a new
 * price and name reach new bookings and every later answer but no booking made before; a retired resource keeps its
 * bookings and lists them; what is in use cannot be deleted; a ticket checks its customer in once; a cancelled class
 * cancels its bookings, refunds them and tells the webhook.
 */
class CatalogueChangeIT {
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static Platform platform;
    private static HttpServer receiver;

    @BeforeAll
    static void up() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        // the test's receiver listens on loopback over plain HTTP: allowed for this platform only
        platform = Platform.up("horae-changes-", Map.of("HORAE_BOOKING_WEBHOOKS_PLAIN_HTTP", "true",
                "HORAE_BOOKING_WEBHOOKS_ALLOWED_PRIVATE_RANGES", "127.0.0.1/32"));
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aNewPriceAndNameReachNewBookingsAndEveryAnswerButNoBookingMadeBefore() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Changes");
        String before = book(calendar.line(calendar.startsOfDay().get(0)), null);
        platform.api().body("{\"price\":55,\"names\":{\"en\":\"Deep massage\"}}")
                .patch("/api/v1/services/" + calendar.service()).then().statusCode(200).body("price", equalTo(55));
        // booking-service follows the change from horae.catalog: the booking made before shows the new name
        await(() -> "Deep massage".equals(platform.api().get("/api/v1/bookings/" + before).then().extract()
                .path("lines[0].serviceName")));
        String after = book(calendar.line(calendar.startsOfDay().get(1)), null);
        assertThat(price(before)).isEqualTo(40.0);
        assertThat(price(after)).isEqualTo(55.0);
        platform.api().post("/v1/BookingService/GetList").then().statusCode(200)
                .body("BookingServices.Name", hasItem("Deep massage"));

        // availability knows a booking from reservation.claimed: once the start is no longer offered, it is listed
        String taken = calendar.startsOfDay().get(1);
        await(() -> !platform.api().get(calendar.starts()).then().extract().<List<String>>path("start").contains(taken));
        platform.api().post("/api/v1/resources/" + calendar.resource() + "/deactivation").then().statusCode(200)
                .body("affectedBookings.bookingId", hasItems(before, after));
        platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(2)) + "]}")
                .post("/api/v1/bookings").then().statusCode(400);
        platform.api().post("/api/v1/resources/" + calendar.resource() + "/activation").then().statusCode(200);
        platform.api().delete("/api/v1/services/" + calendar.service()).then().statusCode(409)
                .body("detail", containsString("deactivate it instead"));

        String ticket = platform.api().get("/api/v1/bookings/" + before).then().extract().path("ticket");
        platform.api().body("{\"ticket\":\"" + ticket + "\"}").post("/api/v1/bookings/check-in").then()
                .statusCode(200).body("checkedInAt", notNullValue());
        platform.api().body("{\"ticket\":\"" + ticket + "\"}").post("/api/v1/bookings/check-in").then()
                .statusCode(409);
    }

    @Test
    void aCancelledClassCancelsItsThreeBookingsRefundsThemAndTellsTheWebhook() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Classes");
        String yoga = platform.api().body("{\"serviceId\":\"" + calendar.service() + "\",\"resourceId\":\""
                        + calendar.resource() + "\",\"start\":\"" + calendar.startsOfDay().get(2) + "\",\"capacity\":5}")
                .post("/api/v1/classes").then().statusCode(201).extract().path("id");
        String customer = platform.api().body("{\"firstName\":\"Jana\",\"lastName\":\"Jógová\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        platform.api().body("{\"amount\":200,\"reason\":\"top-up\"}")
                .post("/api/v1/customers/" + customer + "/credit/entries").then().statusCode(201);
        platform.api().body("{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks\","
                + "\"eventTypes\":[\"booking.cancelled.v1\"]}").post("/api/v1/webhooks").then().statusCode(201);

        List<String> seats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String booking = book("{\"classId\":\"" + yoga + "\",\"seats\":1}", customer);
            platform.api().body("{\"amount\":40,\"method\":\"CREDIT\"}")
                    .post("/api/v1/bookings/" + booking + "/payments").then().statusCode(200);
            seats.add(booking);
        }
        platform.api().get("/api/v1/customers/" + customer + "/credit").then().body("balance", equalTo(80.0f));

        platform.api().body("{\"reason\":\"the teacher is ill\"}").post("/api/v1/classes/" + yoga + "/cancellation")
                .then().statusCode(200).body("cancelledAt", notNullValue());
        for (String booking : seats) {
            await(() -> "CANCELLED".equals(platform.api().get("/api/v1/bookings/" + booking).then().extract()
                    .path("status")));
            await(() -> RECEIVED.stream().anyMatch(body -> body.contains(booking)));
        }
        await(() -> ((Number) platform.api().get("/api/v1/customers/" + customer + "/credit").then().extract()
                .path("balance")).doubleValue() == 200.0);
        platform.api().body("{\"lines\":[{\"classId\":\"" + yoga + "\",\"seats\":1}]}").post("/api/v1/bookings")
                .then().statusCode(400);
    }

    @Test
    void customersAndTimeOffReachTheWebhooksOfReservantosGroups() throws InterruptedException {
        String url = "{\"Url\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks\"}";
        long customers = ((Number) platform.api().body(url).post("/v1/Customer/WebHook/Create").then().statusCode(200)
                .body("IsError", equalTo(false)).extract().path("WebHookId")).longValue();
        long timeOff = ((Number) platform.api().body(url).post("/v1/FreeTime/WebHook/Create").then().statusCode(200)
                .extract().path("WebHookId")).longValue();
        platform.api().body("{}").post("/v1/Customer/WebHook/GetList").then().statusCode(200)
                .body("WebHooks.WebHookId", org.hamcrest.Matchers.contains((int) customers));

        String customer = platform.api().body("{\"firstName\":\"Hugo\",\"lastName\":\"Hák\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        platform.api().body("{\"note\":\"prefers mornings\"}").patch("/api/v1/customers/" + customer).then().statusCode(200);
        await(() -> RECEIVED.stream().anyMatch(body -> body.contains("customer.updated.v1") && body.contains(customer)));

        Calendar calendar = Calendar.arrange(platform::api, "Time off");
        String start = calendar.startsOfDay().get(0);
        platform.api().body("{\"resourceId\":\"" + calendar.resource() + "\",\"start\":\"" + start + "\",\"end\":\""
                + java.time.OffsetDateTime.parse(start).plusHours(2) + "\",\"reason\":\"dentist\"}")
                .post("/api/v1/free-time").then().statusCode(201);
        await(() -> RECEIVED.stream().anyMatch(body -> body.contains("catalog.free_time_changed.v1")
                && body.contains(calendar.resource()) && body.contains("ADDED") && body.contains("dentist")));

        platform.api().body("{\"WebHookId\":" + timeOff + "}").post("/v1/FreeTime/WebHook/Delete").then()
                .statusCode(200);
        platform.api().body("{}").post("/v1/FreeTime/WebHook/GetList").then().statusCode(200)
                .body("WebHooks", org.hamcrest.Matchers.empty());
    }

    /** A one-step booking of {@code line}, for {@code customer} when given; its id. */
    private static String book(String line, String customer) {
        return platform.api().body("{\"lines\":[" + line + "]" + (customer == null ? "" : ",\"customerId\":\""
                        + customer + "\"") + "}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    private static double price(String booking) {
        return ((Number) platform.api().get("/api/v1/bookings/" + booking).then().extract().path("price"))
                .doubleValue();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("not true within a minute").isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
