package io.horae.e2e;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Reservanto's (seed 004) customer accounts and login, custom values, the merchant's credit history, and the Event
 * group: bookings read by id, code, period and customer, and the webhooks on them (three-segment paths).
 */
final class ReservantoAccountsReplay extends VendorClients {
    ReservantoAccountsReplay(Platform platform) {
        super(platform);
    }

    void reservantoAccountsCustomValuesAndCreditHistory() {
        long customer = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Eva\",\"LastName\":\"Účtová\","
                + "\"Email\":\"eva-" + System.nanoTime() + "@example.cz\"}").then().statusCode(200)
                .extract().path("CustomerId")).longValue();
        String one = "{\"CustomerId\":" + customer + "}";
        reservanto("Customer/CreateAccount", one).then().statusCode(200).body("IsError", equalTo(false))
                .body("Status", equalTo("INVITED"));
        reservanto("Customer/CreateAccount", one).then().statusCode(409).body("IsError", equalTo(true));
        reservanto("Customer/DeleteAccount", one).then().statusCode(200).body("IsError", equalTo(false));
        reservanto("Customer/CreateAccountWithPassword", "{\"CustomerId\":" + customer + ",\"Password\":\"short\"}")
                .then().statusCode(400).body("ErrorParameter", equalTo("password"));
        reservanto("Customer/CreateAccountWithPassword", "{\"CustomerId\":" + customer
                + ",\"Password\":\"correct horse battery\"}").then().statusCode(200).body("Status", equalTo("ACTIVE"));
        String token = reservanto("Customer/Login", one).then().statusCode(200).body("ValidTo", notNullValue())
                .extract().path("Token");
        String customerId = platform.api().body("{\"token\":\"" + token + "\"}")
                .post("/api/v1/customers/login-tokens/redemption").then().statusCode(200).extract().path("customerId");

        platform.api().body("{\"key\":\"shoeSize\",\"label\":\"Shoe size\",\"type\":\"NUMBER\"}")
                .post("/api/v1/custom-value-definitions").then().statusCode(201);
        List<Object> definitionIds = reservanto("CustomValue/GetCustomerDefinitions", "{}").then().statusCode(200)
                .body("CustomValueDefinitions.Key", hasItem("shoeSize")).extract().path("CustomValueDefinitions.CustomValueDefinitionId");
        assertThat(definitionIds).isNotEmpty().allMatch(id -> id instanceof Number);
        reservanto("Customer/EditCustomValues", "{\"CustomerId\":" + customer + ",\"CustomValues\":{\"shoeSize\":42}}")
                .then().statusCode(200).body("Customer.CustomValues.shoeSize", equalTo(42));
        reservanto("Customer/EditCustomValues", "{\"CustomerId\":" + customer + ",\"CustomValues\":{\"shoe\":1}}")
                .then().statusCode(400).body("IsError", equalTo(true));

        platform.api().body("{\"name\":\"Mug\",\"price\":5,\"currency\":\"EUR\",\"vatRate\":21,"
                + "\"category\":\"Keramika\"}").post("/api/v1/products").then().statusCode(201);
        reservanto("ProductCategory/GetList", "{}").then().statusCode(200)
                .body("ProductCategories.find { it.Name == 'Keramika' }.ProductCategoryId", notNullValue());
        long from = OffsetDateTime.now().minusMinutes(1).toEpochSecond();
        platform.api().body("{\"amount\":120,\"reason\":\"welcome\"}")
                .post("/api/v1/customers/" + customerId + "/credit/entries").then().statusCode(201);
        long to = OffsetDateTime.now().plusMinutes(1).toEpochSecond();
        reservanto("Credit/GetHistory", "{\"From\":" + from + ",\"To\":" + to + "}").then().statusCode(200)
                .body("TotalCount", equalTo(1)).body("CreditTransactions[0].CustomerId", equalTo((int) customer))
                .body("CreditTransactions[0].Amount", equalTo(120.0f)).body("CreditTransactions[0].Reason", equalTo("welcome"));
    }

    void reservantoEventsAndTheirWebhooks() {
        Calendar calendar = Calendar.arrange(platform::api, "Události");
        String customerId = customer("Ota", "Událost", "ota-" + System.nanoTime() + "@example.cz", null);
        String start = calendar.startsOfDay().get(0);
        String reference = platform.api().body("{\"lines\":[" + calendar.line(start) + "],\"customerId\":\""
                + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201).extract().path("reference");

        // a map whose keys are data keeps them: language tags stay lower case
        reservanto("BookingService/GetList", "{}").then().statusCode(200)
                .body("BookingServices.find { it.Names.en == 'Massage' }", notNullValue())
                .body("BookingServices.find { it.Names.En != null }", equalTo(null));
        long event = ((Number) reservanto("Event/GetByCode", "{\"Code\":\"" + reference + "\"}").then().statusCode(200)
                .body("Event.Reference", equalTo(reference)).extract().path("Event.AppointmentId")).longValue();
        reservanto("Event/Get", "{\"AppointmentId\":" + event + "}").then().statusCode(200)
                .body("Event.Reference", equalTo(reference));
        // credit pays what remains to pay, not more (seed 004)
        platform.api().body("{\"amount\":100,\"reason\":\"gift\"}")
                .post("/api/v1/customers/" + customerId + "/credit/entries").then().statusCode(201);
        reservanto("Booking/AddPaymentViaCredit", "{\"AppointmentId\":" + event + ",\"Amount\":100}").then()
                .statusCode(200).body("Appointment.Paid", equalTo(40.0f));
        platform.api().get("/api/v1/customers/" + customerId + "/credit").then().body("balance", equalTo(60.0f));
        reservanto("Booking/AddPaymentViaCredit", "{\"AppointmentId\":" + event + ",\"Amount\":10}").then()
                .statusCode(409).body("IsError", equalTo(true));
        // a voucher payment is undone alone, whatever the booking's state, and its code is valid again (seed 004)
        String code = "VRB" + Long.toHexString(System.nanoTime()).toUpperCase();
        platform.api().body("{\"code\":\"" + code + "\",\"amount\":15,\"currency\":\"EUR\"}")
                .post("/api/v1/vouchers").then().statusCode(201);
        String second = platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(2))
                + "],\"customerId\":\"" + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201)
                .extract().path("reference");
        long other = ((Number) reservanto("Event/GetByCode", "{\"Code\":\"" + second + "\"}").then().statusCode(200)
                .extract().path("Event.AppointmentId")).longValue();
        reservanto("Voucher/PayForBooking", "{\"AppointmentId\":" + other + ",\"Code\":\"" + code + "\"}").then()
                .statusCode(200).body("Appointment.Paid", equalTo(15.0f));
        reservanto("Booking/AddPaymentViaCredit", "{\"AppointmentId\":" + other + ",\"Amount\":10}").then()
                .statusCode(200).body("Appointment.Paid", equalTo(25.0f));
        reservanto("Voucher/IsValid", "{\"Code\":\"" + code + "\"}").then().body("IsValid", equalTo(false));
        reservanto("Voucher/RefundBookingPayment", "{\"AppointmentId\":" + other + "}").then().statusCode(200)
                .body("Appointment.Paid", equalTo(10.0f)).body("Appointment.Status", equalTo("Confirmed"));
        reservanto("Voucher/IsValid", "{\"Code\":\"" + code + "\"}").then().body("IsValid", equalTo(true));
        reservanto("Voucher/RefundBookingPayment", "{\"AppointmentId\":" + other + "}").then().statusCode(409)
                .body("IsError", equalTo(true));
        platform.api().body("{\"name\":\"Hotovost\"}").post("/api/v1/payment-methods").then().statusCode(201);
        reservanto("PaymentMethod/GetList", "{}").then().statusCode(200)
                .body("PaymentMethods.Name", equalTo(List.of("Hotovost")))
                .body("PaymentMethods[0].PaymentMethodId", notNullValue()).body("PaymentMethods[0].Active", equalTo(true));
        // a booking's custom values, defined in customer-service for bookings and checked there
        platform.api().body("{\"key\":\"room\",\"label\":\"Room\",\"type\":\"ENUM\",\"allowedValues\":[\"A\",\"B\"],"
                + "\"scope\":\"BOOKING\"}").post("/api/v1/custom-value-definitions").then().statusCode(201);
        // every definition of scope BOOKING (Recras's replay may have defined company_id in this tenant)
        reservanto("CustomValue/GetEventDefinitions", "{}").then().statusCode(200)
                .body("CustomValueDefinitions.Key", hasItem("room"));
        reservanto("CustomValue/GetCustomerDefinitions", "{}").then().statusCode(200)
                .body("CustomValueDefinitions.Key", not(hasItem("room")));
        reservanto("Booking/EditCustomValues", "{\"AppointmentId\":" + event + ",\"CustomValues\":{\"room\":\"B\"}}")
                .then().statusCode(200).body("Appointment.CustomValues.room", equalTo("B"));
        reservanto("Booking/EditCustomValues", "{\"AppointmentId\":" + event + ",\"CustomValues\":{\"room\":\"C\"}}")
                .then().statusCode(400).body("ErrorParameter", equalTo("customValues.room"));
        reservanto("Event/Get", "{\"AppointmentId\":" + event + "}").then().body("Event.CustomValues.room", equalTo("B"));
        reservanto("Event/GetByCode", "{\"Code\":\"NO-SUCH-CODE\"}").then().statusCode(404).body("IsError", equalTo(true));
        long from = OffsetDateTime.parse(start).minusHours(1).toEpochSecond();
        long to = OffsetDateTime.parse(start).plusHours(2).toEpochSecond();
        reservanto("Event/GetList", "{\"From\":" + from + ",\"To\":" + to + "}").then().statusCode(200)
                .body("Events.AppointmentId", hasItem((int) event));
        long customer = ((Number) reservanto("Event/Get", "{\"AppointmentId\":" + event + "}").then().extract()
                .path("Event.CustomerId")).longValue();
        reservanto("Event/GetListByCustomer", "{\"CustomerId\":" + customer + ",\"From\":" + from + ",\"To\":" + to + "}")
                .then().statusCode(200).body("TotalCount", equalTo(1)).body("Events[0].AppointmentId", equalTo((int) event));

        long hook = ((Number) reservanto("Event/WebHook/Create", "{\"Url\":\"https://example.com/horae-events\"}")
                .then().statusCode(200).body("IsError", equalTo(false)).body("Secret", notNullValue())
                .extract().path("WebHookId")).longValue();
        reservanto("Event/WebHook/GetList", "{}").then().statusCode(200).body("WebHooks.WebHookId", hasItem((int) hook))
                .body("WebHooks.find { it.WebHookId == " + hook + " }.Url", equalTo("https://example.com/horae-events"))
                .body("WebHooks.find { it.WebHookId == " + hook + " }.Secret", equalTo(null));
        reservanto("Event/WebHook/Create", "{\"Url\":\"http://10.0.0.1/hook\"}").then().statusCode(400)
                .body("IsError", equalTo(true));
        reservanto("Event/WebHook/Delete", "{\"WebHookId\":" + hook + "}").then().statusCode(200);
        reservanto("Event/WebHook/GetList", "{}").then().statusCode(200).body("WebHooks.WebHookId", not(hasItem((int) hook)));
    }

    void reservantoCoursesAreClassSeries() {
        Calendar calendar = Calendar.arrange(platform::api, "Kurzy");
        java.time.LocalDate monday = java.time.LocalDate.now().plusWeeks(2).with(java.time.DayOfWeek.MONDAY);
        List<String> classes = platform.api().body("{\"serviceId\":\"" + calendar.service() + "\",\"resourceId\":\""
                        + calendar.resource() + "\",\"days\":[\"MONDAY\"],\"time\":\"17:00\",\"from\":\"" + monday
                        + "\",\"count\":3,\"capacity\":6}")
                .post("/api/v1/class-series").then().statusCode(201).extract().path("classes.id");
        String customerId = customer("Kamil", "Kurz", "kamil-" + System.nanoTime() + "@example.cz", null);
        // the whole course in one booking: a seat in every class, claimed all or none
        platform.api().body("{\"lines\":[" + String.join(",", classes.stream()
                        .map(c -> "{\"classId\":\"" + c + "\",\"seats\":1}").toList()) + "],\"customerId\":\"" + customerId + "\"}")
                .post("/api/v1/bookings").then().statusCode(201);
        platform.api().body("{\"lines\":[" + calendar.line(calendar.startsOfDay().get(0)) + "],\"customerId\":\""
                + customerId + "\"}").post("/api/v1/bookings").then().statusCode(201);

        long location = numberOf("Location/GetList", "{}", "Locations", "LocationId", "Kurzy");
        long from = monday.atStartOfDay(Calendar.ZONE).toEpochSecond();
        long firstClass = ((Number) reservanto("Classes/GetAvailableAppointments", "{\"LocationId\":" + location
                + ",\"From\":" + from + ",\"To\":" + (from + 86400) + "}").then().statusCode(200)
                .extract().path("Appointments[0].ClassId")).longValue();
        long course = ((Number) reservanto("Classes/Get", "{\"ClassId\":" + firstClass + "}").then().statusCode(200)
                .body("Appointment.CourseId", notNullValue()).extract().path("Appointment.CourseId")).longValue();
        reservanto("Course/Get", "{\"CourseId\":" + course + "}").then().statusCode(200)
                .body("Course.CourseId", equalTo((int) course)).body("Course.Days", equalTo(List.of("MONDAY")))
                .body("Course.Classes.size()", equalTo(3)).body("Course.Classes[0].ClassId", equalTo((int) firstClass))
                .body("Course.Classes[0].SeatsLeft", equalTo(5));
        long customer = ((Number) reservanto("Customer/Search", "{\"Query\":\"Kurz\"}").then().statusCode(200)
                .extract().path("Customers[0].CustomerId")).longValue();
        reservanto("Course/GetCustomerEvents", "{\"CourseId\":" + course + ",\"CustomerId\":" + customer + "}")
                .then().statusCode(200).body("Events.size()", equalTo(1)).body("Events[0].Lines.size()", equalTo(3));
        reservanto("Course/Get", "{\"CourseId\":999999}").then().statusCode(404).body("IsError", equalTo(true));
        // one name per concept: the class an answer calls ClassId is booked by ClassId; AppointmentId is a booking
        reservanto("Classes/Get", "{\"AppointmentId\":" + firstClass + "}").then().statusCode(400)
                .body("IsError", equalTo(true)).body("ErrorMessage", containsString("ClassId"));
        long booked = ((Number) reservanto("Classes/CreateBooking", "{\"ClassId\":" + firstClass + ",\"CustomerId\":"
                + customer + "}").then().statusCode(200).body("CustomerId", equalTo((int) customer))
                .extract().path("AppointmentId")).longValue();
        // seats left are availability's view of the claims, which follows them through Kafka
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> reservanto("Classes/Get",
                "{\"ClassId\":" + firstClass + "}").then().statusCode(200).extract().<Integer>path("Appointment.SeatsLeft")
                == 4);
        reservanto("Event/Get", "{\"AppointmentId\":" + booked + "}").then().statusCode(200)
                .body("Event.AppointmentId", equalTo((int) booked)).body("Event.CustomerId", equalTo((int) customer));
        reservanto("Event/Get", "{\"EventId\":" + booked + "}").then().statusCode(400)
                .body("ErrorMessage", containsString("AppointmentId"));
    }

    /**
     * A waiting list for a whole course (Alternates/*Course): the customer waiting is offered the course only when
     * every class of it still to come has a seat, as one hold of a seat in each, which they book as a whole.
     */
    void reservantoCourseWaitingListsWaitForEveryClass() {
        Calendar calendar = Calendar.arrange(platform::api, "Kurz plavání");
        java.time.LocalDate tuesday = java.time.LocalDate.now().plusWeeks(3).with(java.time.DayOfWeek.TUESDAY);
        io.restassured.path.json.JsonPath series = platform.api().body("{\"serviceId\":\"" + calendar.service()
                        + "\",\"resourceId\":\"" + calendar.resource() + "\",\"days\":[\"TUESDAY\"],\"time\":\"18:00\","
                        + "\"from\":\"" + tuesday + "\",\"count\":2,\"capacity\":1}")
                .post("/api/v1/class-series").then().statusCode(201).extract().jsonPath();
        List<String> classes = series.getList("classes.id");
        long location = numberOf("Location/GetList", "{}", "Locations", "LocationId", "Kurz plavání");
        long from = tuesday.atStartOfDay(Calendar.ZONE).toEpochSecond();
        long firstClass = ((Number) reservanto("Classes/GetAvailableAppointments", "{\"LocationId\":" + location
                + ",\"From\":" + from + ",\"To\":" + (from + 86400) + "}").then().statusCode(200)
                .extract().path("Appointments[0].ClassId")).longValue();
        long course = ((Number) reservanto("Classes/Get", "{\"ClassId\":" + firstClass + "}").then().statusCode(200)
                .extract().path("Appointment.CourseId")).longValue();
        String first = bookClass(classes.get(0), "Adam", "Plavec");
        String second = bookClass(classes.get(1), "Běla", "Plavkyně");
        String waiting = customer("Cyril", "Čekatel", "cyril-" + System.nanoTime() + "@example.cz", null);
        long waitingNumber = ((Number) reservanto("Customer/Search", "{\"Query\":\"Čekatel\"}").then()
                .statusCode(200).extract().path("Customers[0].CustomerId")).longValue();

        String both = "{\"CustomerId\":" + waitingNumber + ",\"CourseId\":" + course + "}";
        reservanto("Alternates/AddToCourse", both).then().statusCode(200).body("CourseId", equalTo((int) course))
                .body("CustomerId", equalTo((int) waitingNumber));
        reservanto("Alternates/GetCourseAlternates", "{\"CourseId\":" + course + "}").then().statusCode(200)
                .body("Alternates.size()", equalTo(1)).body("Alternates[0].CustomerId", equalTo((int) waitingNumber));
        reservanto("Alternates/GetCoursesSubscribedByCustomer", "{\"CustomerId\":" + waitingNumber + "}").then()
                .body("Alternates.CourseId", equalTo(List.of((int) course)));
        reservanto("Alternates/GetAppointmentsSubscribedByCustomer", "{\"CustomerId\":" + waitingNumber + "}").then()
                .body("Alternates.size()", equalTo(0));
        String entry = "/api/v1/waitlist?courseId=" + series.getString("id");

        // one class frees, the other is still full: nothing is offered, the freed seat stays free for anyone
        double taken = Metrics.sum(platform.metrics(4), "horae_waitlist_offers_total", "outcome=\"taken\"");
        platform.api().body("{\"reason\":\"ill\"}").post("/api/v1/bookings/" + first + "/cancellation").then()
                .statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Metrics.sum(
                platform.metrics(4), "horae_waitlist_offers_total", "outcome=\"taken\"") > taken);
        platform.api().get(entry).then().body("[0].status", equalTo("WAITING"));

        // the other frees too: the whole course is held for the customer waiting, and they book it as a whole
        platform.api().body("{\"reason\":\"moved away\"}").post("/api/v1/bookings/" + second + "/cancellation")
                .then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "OFFERED".equals(
                platform.api().get(entry).then().extract().path("[0].status")));
        String hold = platform.api().get(entry).then().body("[0].customerId", equalTo(waiting)).extract()
                .path("[0].reservationId");
        platform.api().get("/api/v1/reservations/" + hold).then().statusCode(200)
                .body("lines.classId", equalTo(classes));
        platform.api().body("{\"reservationId\":\"" + hold + "\",\"customerId\":\"" + waiting + "\"}")
                .post("/api/v1/bookings").then().statusCode(201).body("lines.size()", equalTo(2));
        platform.api().get(entry).then().body("[0].status", equalTo("BOOKED"));
    }

    /** Books a seat in the class for a new customer; the booking's id. */
    private String bookClass(String classId, String first, String last) {
        String customer = customer(first, last, first.toLowerCase() + "-" + System.nanoTime() + "@example.cz", null);
        return platform.api().body("{\"lines\":[{\"classId\":\"" + classId + "\",\"seats\":1}],\"customerId\":\""
                + customer + "\"}").post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }
}
