package io.horae.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Reservanto's (seed 004) catalogues of the merchant's own data: tags of customers and resources, segments, price
 * levels (a booking priced at one), external identifiers of customers, bookings, resources and services, and service
 * substitutions (a session owed, paying a later booking, given back when that payment is refunded).
 */
final class ReservantoMerchantDataReplay extends VendorClients {
    ReservantoMerchantDataReplay(Platform platform) {
        super(platform);
    }

    void tagsSegmentsAndPriceLevels() {
        Calendar calendar = Calendar.arrange(platform::api, "Štítky");
        platform.api().body("{\"firstName\":\"Iva\",\"lastName\":\"Štítková\",\"tags\":[\"VIP\",\"Student\"]}")
                .post("/api/v1/customers").then().statusCode(201);
        platform.api().body("{\"tags\":[\"Sauna\"]}").patch("/api/v1/resources/" + calendar.resource()).then()
                .statusCode(200);
        reservanto("Tag/GetListForCustomer", "{}").then().statusCode(200)
                .body("Tags.Name", hasItem("VIP")).body("Tags.Name", hasItem("Student"))
                .body("Tags.Name", not(hasItem("Sauna")));
        reservanto("Tag/GetListForResource", "{}").then().statusCode(200).body("Tags.Name", hasItem("Sauna"))
                .body("Tags.Name", not(hasItem("VIP")));
        String sauna = platform.api().get("/api/v1/resource-tags").then().statusCode(200)
                .extract().path("find { it.name == 'Sauna' }.id");
        platform.api().delete("/api/v1/resource-tags/" + sauna).then().statusCode(409);
        platform.api().body("{\"name\":\"Wellness\"}").patch("/api/v1/resource-tags/" + sauna).then().statusCode(200);
        platform.api().get("/api/v1/resources/" + calendar.resource()).then().body("tags", equalTo(List.of("Wellness")));

        platform.api().body("{\"segment\":\"Relax\"}").patch("/api/v1/services/" + calendar.service()).then()
                .statusCode(200);
        reservanto("Segment/GetList", "{}").then().statusCode(200).body("Segments.Name", hasItem("Relax"));

        String member = platform.api().body("{\"name\":\"Člen\"}").post("/api/v1/price-levels").then().statusCode(201)
                .extract().path("id");
        platform.api().body("{\"levelPrices\":{\"" + member + "\":25}}")
                .patch("/api/v1/services/" + calendar.service()).then().statusCode(200);
        platform.api().body("{\"levelPrices\":{\"" + java.util.UUID.randomUUID() + "\":25}}")
                .patch("/api/v1/services/" + calendar.service()).then().statusCode(400)
                .body("errors[0].field", equalTo("levelPrices"));
        long level = numberOf("PriceLevel/GetList", "{}", "PriceLevels", "PriceLevelId", "Člen");
        long service = ((Number) reservanto("BookingService/GetList", "{}").then().statusCode(200)
                .extract().path("BookingServices.find { it.Segment == 'Relax' }.BookingServiceId")).longValue();
        reservanto("BookingService/Get", "{\"BookingServiceId\":" + service + "}").then()
                .body("BookingService.LevelPrices[0].PriceLevelId", equalTo((int) level))
                .body("BookingService.LevelPrices[0].Price", equalTo(25));
        long resource = numberOfResource(calendar);
        long customer = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Jan\",\"LastName\":\"Členský\"}")
                .then().statusCode(200).extract().path("CustomerId")).longValue();
        long start = java.time.OffsetDateTime.parse(calendar.startsOfDay().get(0)).toEpochSecond();
        // a booking priced at the member level pays the member price; without a level, the service's price
        long booked = ((Number) reservanto("OneToOne/CreateBooking", "{\"BookingStart\":" + start
                + ",\"BookingResourceId\":" + resource + ",\"BookingServiceId\":" + service + ",\"CustomerId\":"
                + customer + ",\"PriceLevelId\":" + level + "}").then().statusCode(200)
                .extract().path("AppointmentId")).longValue();
        reservanto("Event/Get", "{\"AppointmentId\":" + booked + "}").then().body("Event.Price", equalTo(25.0f))
                .body("Event.PriceLevelId", equalTo((int) level));
        long second = java.time.OffsetDateTime.parse(calendar.startsOfDay().get(1)).toEpochSecond();
        long full = ((Number) reservanto("OneToOne/CreateBooking", "{\"BookingStart\":" + second
                + ",\"BookingResourceId\":" + resource + ",\"BookingServiceId\":" + service + ",\"CustomerId\":"
                + customer + "}").then().statusCode(200).extract().path("AppointmentId")).longValue();
        reservanto("Event/Get", "{\"AppointmentId\":" + full + "}").then().body("Event.Price", equalTo(40.0f));
        platform.api().delete("/api/v1/price-levels/" + member).then().statusCode(409);
    }

    void externalIdentifiers() {
        long customer = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Ema\",\"LastName\":\"Cizí\"}")
                .then().statusCode(200).extract().path("CustomerId")).longValue();
        String value = "CRM-" + System.nanoTime();
        reservanto("ExternalIdentifier/Add", "{\"ObjectType\":\"Customer\",\"ObjectId\":" + customer + ",\"Value\":\""
                + value + "\"}").then().statusCode(200).body("CustomerId", equalTo((int) customer));
        reservanto("ExternalIdentifier/Add", "{\"ObjectType\":\"Customer\",\"ObjectId\":" + customer + ",\"Value\":\""
                + value + "\"}").then().statusCode(409).body("IsError", equalTo(true));
        reservanto("ExternalIdentifier/Get", "{\"ObjectType\":\"Customer\",\"Value\":\"" + value + "\"}").then()
                .statusCode(200).body("ObjectId", equalTo((int) customer)).body("Value", equalTo(value));
        reservanto("ExternalIdentifier/Edit", "{\"ObjectType\":\"Customer\",\"Value\":\"" + value
                + "\",\"NewValue\":\"" + value + "-2\"}").then().statusCode(200).body("Value", equalTo(value + "-2"));
        reservanto("ExternalIdentifier/Get", "{\"ObjectType\":\"Customer\",\"Value\":\"" + value + "\"}").then()
                .statusCode(404).body("IsError", equalTo(true));
        // the same value may name an object of another type; a type it does not know is refused by name
        Calendar calendar = Calendar.arrange(platform::api, "Cizí");
        long resource = numberOfResource(calendar);
        reservanto("ExternalIdentifier/Add", "{\"ObjectType\":\"BookingResource\",\"ObjectId\":" + resource
                + ",\"Value\":\"" + value + "-2\"}").then().statusCode(200);
        reservanto("ExternalIdentifier/Get", "{\"ObjectType\":\"BookingResource\",\"Value\":\"" + value + "-2\"}")
                .then().statusCode(200).body("BookingResourceId", equalTo((int) resource));
        reservanto("ExternalIdentifier/Get", "{\"ObjectType\":\"Planet\",\"Value\":\"x\"}").then().statusCode(400)
                .body("ErrorParameter", equalTo("ObjectType"));
        reservanto("ExternalIdentifier/Delete", "{\"ObjectType\":\"Customer\",\"Value\":\"" + value + "-2\"}").then()
                .statusCode(200);
        reservanto("ExternalIdentifier/Get", "{\"ObjectType\":\"Customer\",\"Value\":\"" + value + "-2\"}").then()
                .statusCode(404);
        platform.api().get("/api/v1/external-ids/customers?value=" + value + "-2").then().statusCode(200)
                .body("", empty());
        platform.api().get("/api/v1/external-ids/resources?value=" + value + "-2").then().statusCode(200)
                .body("", hasSize(1));
    }

    void serviceSubstitutions() {
        Calendar calendar = Calendar.arrange(platform::api, "Náhrady");
        String customerId = customer("Olga", "Náhradní", "olga-" + System.nanoTime() + "@example.cz", null);
        String until = LocalDate.now().plusDays(30).toString();
        platform.api().body("{\"serviceId\":\"" + calendar.service() + "\",\"count\":1,\"validUntil\":\"" + until
                        + "\",\"reason\":\"lesson cancelled\"}").post("/api/v1/customers/" + customerId + "/substitutions")
                .then().statusCode(201).body("", hasSize(1));
        Map<String, Object> booked = platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(0))
                + "],\"customerId\":\"" + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201)
                .extract().path("");
        long event = ((Number) reservanto("Event/GetByCode", "{\"Code\":\"" + booked.get("reference") + "\"}")
                .then().extract().path("Event.AppointmentId")).longValue();
        long customer = ((Number) reservanto("Event/Get", "{\"AppointmentId\":" + event + "}").then().extract()
                .path("Event.CustomerId")).longValue();
        reservanto("ServiceSubstitution/GetForCustomer", "{\"CustomerId\":" + customer + "}").then().statusCode(200)
                .body("ServiceSubstitutions", hasSize(1))
                .body("ServiceSubstitutions[0].Reason", equalTo("lesson cancelled"));
        reservanto("Booking/AddPaymentViaServiceSubstitution", "{\"AppointmentId\":" + event + "}").then()
                .statusCode(200).body("Appointment.PaymentStatus", equalTo("Paid"));
        reservanto("ServiceSubstitution/GetForCustomer", "{\"CustomerId\":" + customer + "}").then()
                .body("ServiceSubstitutions", empty());
        String other = platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(1))
                + "],\"customerId\":\"" + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201)
                .extract().path("id");
        platform.api().body("{\"method\":\"SUBSTITUTION\"}").post("/api/v1/bookings/" + other + "/payments").then()
                .statusCode(409);
        // the payment undone, the session is owed again
        platform.api().body("{\"method\":\"SUBSTITUTION\"}").post("/api/v1/bookings/" + booked.get("id") + "/refund").then()
                .statusCode(200).body("paymentStatus", equalTo("REFUNDED"));
        List<Map<String, Object>> owed = platform.api().get("/api/v1/customers/" + customerId
                + "/substitutions?free=true").then().statusCode(200).extract().path("");
        assertThat(owed).hasSize(1);
        platform.api().body("{\"method\":\"SUBSTITUTION\"}").post("/api/v1/bookings/" + other + "/payments").then()
                .statusCode(200).body("paymentStatus", equalTo("PAID"));

        // a booking paid partly from credit and settled by a substitution: giving the substitution back leaves the
        // credit part paid
        platform.api().body("{\"amount\":10,\"reason\":\"top-up\"}").post("/api/v1/customers/" + customerId
                + "/credit/entries").then().statusCode(201);
        platform.api().body("{\"serviceId\":\"" + calendar.service() + "\",\"validUntil\":\"" + until + "\"}")
                .post("/api/v1/customers/" + customerId + "/substitutions").then().statusCode(201);
        String mixed = platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(2))
                + "],\"customerId\":\"" + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201)
                .extract().path("id");
        platform.api().body("{\"method\":\"CREDIT\",\"amount\":10}").post("/api/v1/bookings/" + mixed + "/payments")
                .then().statusCode(200).body("paymentStatus", equalTo("PARTLY_PAID"));
        platform.api().body("{\"method\":\"SUBSTITUTION\"}").post("/api/v1/bookings/" + mixed + "/payments").then()
                .statusCode(200).body("paymentStatus", equalTo("PAID"));
        platform.api().body("{\"method\":\"SUBSTITUTION\"}").post("/api/v1/bookings/" + mixed + "/refund").then()
                .statusCode(200).body("paymentStatus", equalTo("PARTLY_PAID")).body("paid", equalTo(10.0f));
        assertThat(platform.api().get("/api/v1/customers/" + customerId + "/substitutions?free=true").then()
                .statusCode(200).extract().<List<Object>>path("")).hasSize(1);
        platform.api().get("/api/v1/customers/" + customerId + "/credit").then().statusCode(200)
                .body("balance", equalTo(0.0f));
    }

    /** Seed 001: the merchant wanting a booking paid (1) is not the platform enforcing it (2). */
    void paymentRequiredFlags() {
        Calendar calendar = Calendar.arrange(platform::api, "Platby");
        long resource = numberOfResource(calendar);
        long service = ((Number) reservanto("BookingService/GetForBookingResource", "{\"BookingResourceId\":"
                + resource + "}").then().statusCode(200).extract().path("BookingServices[0].BookingServiceId")).longValue();
        long customer = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Pavel\",\"LastName\":\"Platící\"}")
                .then().statusCode(200).extract().path("CustomerId")).longValue();
        String booking = "{\"BookingResourceId\":" + resource + ",\"BookingServiceId\":" + service
                + ",\"CustomerId\":" + customer + ",\"BookingStart\":";
        reservanto("OneToOne/CreateBooking", booking + epoch(calendar, 0) + ",\"PaymentRequiredProcess\":1}").then()
                .statusCode(200).body("IsPaymentRequired", equalTo(true))
                .body("IsPaymentRequiredProcessing", equalTo(false)).body("Status", equalTo("Confirmed"));
        reservanto("OneToOne/CreateBooking", booking + epoch(calendar, 1) + ",\"PaymentRequiredProcess\":2}").then()
                .statusCode(200).body("IsPaymentRequired", equalTo(true))
                .body("IsPaymentRequiredProcessing", equalTo(true)).body("Status", equalTo("WaitingForPayment"));
        reservanto("OneToOne/CreateBooking", booking + epoch(calendar, 2) + "}").then()
                .statusCode(200).body("IsPaymentRequired", equalTo(false))
                .body("IsPaymentRequiredProcessing", equalTo(false)).body("Status", equalTo("Confirmed"));
    }

    private static long epoch(Calendar calendar, int start) {
        return java.time.OffsetDateTime.parse(calendar.startsOfDay().get(start)).toEpochSecond();
    }

    private long numberOfResource(Calendar calendar) {
        return numberOf("BookingResource/GetList", "{}", "BookingResources", "BookingResourceId", "Alena",
                calendar);
    }

    /** The number of the calendar's resource (every calendar names its resource Alena: find it by location). */
    private long numberOf(String action, String body, String list, String field, String name, Calendar calendar) {
        long location = ((Number) reservanto("Location/GetList", "{}").then().extract()
                .path("Locations.find { it.Name == '" + locationName(calendar) + "' }.LocationId")).longValue();
        return numberOf(action, "{\"LocationId\":" + location + "}", list, field, name);
    }

    private String locationName(Calendar calendar) {
        return platform.api().get("/api/v1/locations/" + calendar.location()).then().extract().path("name");
    }

    /**
     * After the start the merchant marks what happened (Booking/SetNoShowState): a no-show, or a booking that took
     * place. Recras has no word after definitief: a completed booking set definitief again answers definitief.
     */
    void whatHappenedAfterTheStart() {
        String location = platform.api().body("{\"name\":\"Hned\",\"timeZone\":\"UTC\"}").post("/api/v1/locations")
                .then().statusCode(201).extract().path("id");
        String service = platform.api().body("{\"names\":{\"en\":\"Minute\"},\"durationMinutes\":1,\"stepMinutes\":1,"
                + "\"minimumNoticeMinutes\":0,\"capacity\":2}").post("/api/v1/services").then().statusCode(201)
                .extract().path("id");
        String resource = platform.api().body("{\"name\":\"Okamžik\",\"locationId\":\"" + location
                + "\",\"kind\":\"STAFF\"}").post("/api/v1/resources").then().statusCode(201).extract().path("id");
        platform.api().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + resource + "/services")
                .then().statusCode(200);
        StringBuilder week = new StringBuilder("{\"rules\":[");
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week.append("{\"day\":\"").append(day).append("\",\"start\":\"00:00\",\"end\":\"23:59\"},");
        }
        week.setCharAt(week.length() - 1, ']');
        platform.api().body(week.append('}').toString()).put("/api/v1/working-hours/" + resource).then()
                .statusCode(200);
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        String start = platform.api().get("/api/v1/availability?serviceId=" + service + "&resourceId=" + resource
                + "&from=" + now + "&to=" + now.plusMinutes(5)).then().statusCode(200).extract().path("start[0]");
        String line = "{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                + "\",\"start\":\"" + start + "\"}]}";
        long missed = numberOfBooking(platform.api().body(line).post("/api/v1/bookings").then().statusCode(201)
                .extract().path("reference"));
        long happened = numberOfBooking(platform.api().body(line).post("/api/v1/bookings").then().statusCode(201)
                .extract().path("reference"));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .until(() -> OffsetDateTime.now().isAfter(OffsetDateTime.parse(start)));
        reservanto("Booking/SetNoShowState", "{\"AppointmentId\":" + missed + ",\"NoShow\":true}").then()
                .statusCode(200).body("Appointment.Status", equalTo("NoShow"));
        reservanto("Booking/SetNoShowState", "{\"AppointmentId\":" + happened + ",\"NoShow\":false}").then()
                .statusCode(200).body("Appointment.Status", equalTo("Completed"));
        reservanto("Event/Get", "{\"AppointmentId\":" + missed + "}").then().body("Event.Status", equalTo("NoShow"));
        recras().post("/api2/boekingen/" + happened + "/set_status/definitief").then().statusCode(200)
                .body("status", equalTo("definitief"));
    }

    private long numberOfBooking(String reference) {
        return ((Number) reservanto("Event/GetByCode", "{\"Code\":\"" + reference + "\"}").then().statusCode(200)
                .extract().path("Event.AppointmentId")).longValue();
    }
}
