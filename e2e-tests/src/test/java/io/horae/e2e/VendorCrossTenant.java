package io.horae.e2e;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tenant's Reservanto numbers (customer, location, resource, service, booking) in every id field of every
 * Reservanto action, and its booking's number in Recras's status links, sent with another tenant's key: no answer
 * names the demo tenant's data, no status link succeeds, and the demo tenant's booking and customer read the same
 * afterwards. Numbers are counted per tenant, so the other tenant's own objects
 * could carry the same numbers; it has none, so anything found would be the demo tenant's.
 */
final class VendorCrossTenant extends VendorClients {
    record Outcome(int actions, Map<Integer, Integer> statuses, List<String> leaks, boolean unchanged) {
    }

    VendorCrossTenant(Platform platform) {
        super(platform);
    }

    Outcome run() throws Exception {
        String secret = "Sejf" + System.nanoTime();
        Calendar calendar = Calendar.arrange(platform::api, secret);
        String customerId = customer("Tajná", secret, secret.toLowerCase() + "@example.cz", null);
        String booking = platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(0))
                        + "],\"customerId\":\"" + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201)
                .extract().path("reference");
        long location = numberOf("Location/GetList", "{}", "Locations", "LocationId", secret);
        long resource = numberOf("BookingResource/GetList", "{\"LocationId\":" + location + "}", "BookingResources",
                "BookingResourceId", "Alena");
        long service = ((Number) reservanto("BookingService/GetForBookingResource", "{\"BookingResourceId\":"
                + resource + "}").then().statusCode(200).extract().path("BookingServices[0].BookingServiceId"))
                .longValue();
        long event = ((Number) reservanto("Event/GetByCode", "{\"Code\":\"" + booking + "\"}").then().statusCode(200)
                .extract().path("Event.AppointmentId")).longValue();
        long customer = ((Number) reservanto("Event/Get", "{\"AppointmentId\":" + event + "}").then().statusCode(200)
                .extract().path("Event.CustomerId")).longValue();
        // the booking shows its customer once booking-service has the customer's profile (an event): before that
        // the state would change under the attack by itself
        Invariants.awaitTrue(java.time.Duration.ofSeconds(30), () -> secret.equals(platform.api()
                .get("/api/v1/bookings?reference=" + booking).then().extract().path("items[0].customer.lastName")));
        String before = demoState(event, customer);

        String other = "eve-" + Long.toHexString(System.nanoTime());
        String key = platform.api().body("{\"id\":\"" + other + "\",\"name\":\"Eve\"}").post("/api/v1/tenants")
                .then().statusCode(201).extract().path("apiKey.key");
        String numbers = "\"CustomerId\":" + customer + ",\"LocationId\":" + location + ",\"BookingResourceId\":"
                + resource + ",\"BookingServiceId\":" + service + ",\"EventId\":" + event + ",\"AppointmentId\":" + event
                + ",\"ClassId\":" + event + ",\"CourseId\":" + event + ",\"Code\":\"" + booking + "\"";
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> leaks = new ArrayList<>();
        for (String action : ReservantoReplay.ACTIONS) {
            Response response = given().header("Authorization", "Bearer " + key).contentType("application/json")
                    .body("{" + numbers + ",\"Reason\":\"eve\",\"Amount\":1}").post("/v1/" + action);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String body = response.asString();
            if (body.contains(secret) || body.contains(secret.toLowerCase())) {
                leaks.add(action + " -> " + response.statusCode() + " " + body);
            }
        }
        // Recras numbers bookings as Reservanto does: its status links with the demo booking's number
        for (String status : List.of("definitief", "geannuleerd")) {
            Response response = given().header("Authorization", "Bearer " + key).contentType("application/json")
                    .post("/api2/boekingen/" + event + "/set_status/" + status);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() < 400) {
                leaks.add("Recras set_status " + status + " -> " + response.statusCode() + " " + response.asString());
            }
        }
        return new Outcome(ReservantoReplay.ACTIONS.size() + 2, statuses, leaks,
                before.equals(demoState(event, customer)));
    }

    /** What Eve's calls must not change: the demo booking (status, time, payments) and its customer. */
    private String demoState(long event, long customer) {
        return reservanto("Event/Get", "{\"AppointmentId\":" + event + "}").then().statusCode(200).extract().asString()
                + reservanto("Customer/Get", "{\"CustomerId\":" + customer + "}").then().statusCode(200).extract()
                .asString();
    }

    void assertNothingLeaked(Outcome outcome) {
        assertThat(outcome.leaks()).isEmpty();
        assertThat(outcome.unchanged()).as("the demo tenant's booking as Reservanto shows it").isTrue();
    }
}
