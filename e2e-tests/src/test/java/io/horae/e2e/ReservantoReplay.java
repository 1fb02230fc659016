package io.horae.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** Reservanto (seeds 001 and 004): seed 001 verbatim, then the catalogue of actions and their error envelope. */
final class ReservantoReplay extends VendorClients {
    ReservantoReplay(Platform platform) {
        super(platform);
    }

    void reservantoBooksAsSeed001ShowsAndManagesTheBooking() throws Exception {
        Calendar.arrange(platform::api, "Provozovna");
        String token = reservanto("Authorize/GetShortTimeToken", "{}").then().statusCode(200)
                .body("IsError", equalTo(false)).body("ValidTo", notNullValue()).extract().path("ShortTimeToken");
        RequestSpecification stt = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        stt.body("{\"Text\":\"ping\"}").post("/v1/Test/Echo").then().statusCode(200)
                .body("IsError", equalTo(false)).body("Text", equalTo("ping"));
        stt.body("{}").post("/v1/Authorize/GetShortTimeToken").then().statusCode(403).body("IsError", equalTo(true));
        reservanto("Merchant/GetInfo", "{}").then().statusCode(200).body("Merchant.MerchantId", equalTo(platform.tenant()));

        long location = numberOf("Location/GetList", "{}", "Locations", "LocationId", "Provozovna");
        long resource = numberOf("BookingResource/GetList", "{\"LocationId\":" + location + "}", "BookingResources",
                "BookingResourceId", "Alena");
        long service = ((Number) reservanto("BookingService/GetForBookingResource", "{\"BookingResourceId\":"
                + resource + "}").then().statusCode(200).extract().path("BookingServices[0].BookingServiceId")).longValue();
        reservanto("Location/Get", "{\"LocationId\":" + location + "}").then().statusCode(200)
                .body("Location.Name", equalTo("Provozovna")).body("Location.TimeZone", equalTo("Europe/Prague"));
        reservanto("BookingService/Get", "{\"BookingServiceId\":" + service + "}").then()
                .body("BookingService.DurationMinutes", equalTo(60));
        long customer = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Petr\",\"LastName\":\"Novák\","
                + "\"Email\":\"petr@example.cz\",\"Phone\":\"+420777000111\"}").then().statusCode(200)
                .body("IsError", equalTo(false)).extract().path("CustomerId")).longValue();

        long from = weekAhead("00:00").toEpochSecond();
        long to = weekAhead("23:59").toEpochSecond();
        List<Number> starts = reservanto("OneToOne/GetAvailableStarts", "{\"BookingResourceId\":" + resource
                + ",\"BookingServiceId\":" + service + ",\"From\":" + from + ",\"To\":" + to + "}")
                .then().statusCode(200).extract().path("Starts");
        assertThat(starts).hasSize(3);
        assertThat(starts.get(0).longValue()).isEqualTo(weekAhead("09:00").toEpochSecond());
        // the location's starts name the resource that has each (one resource here: the same three)
        reservanto("OneToOne/GetAvailableStartsForLocation", "{\"LocationId\":" + location + ",\"BookingServiceId\":"
                + service + ",\"From\":" + from + ",\"To\":" + to + "}").then().statusCode(200)
                .body("Starts.size()", equalTo(3)).body("Starts.BookingResourceId", everyItem(equalTo((int) resource)))
                .body("Starts[0].Start", equalTo((int) starts.get(0).longValue()));
        // a week: seven days of three starts, more than one part of the native answer holds (CompatibilityIT)
        long weekEnd = daysAhead(14, "00:00").toEpochSecond();
        List<Number> week = reservanto("OneToOne/GetAvailableStarts", "{\"BookingResourceId\":" + resource
                + ",\"BookingServiceId\":" + service + ",\"From\":" + from + ",\"To\":" + weekEnd + "}")
                .then().statusCode(200).extract().path("Starts");
        assertThat(week).hasSize(21).doesNotHaveDuplicates();
        assertThat(week.get(20).longValue()).isEqualTo(daysAhead(13, "11:00").toEpochSecond());
        reservanto("OneToOne/GetAvailableStartsForLocation", "{\"LocationId\":" + location + ",\"BookingServiceId\":"
                + service + ",\"From\":" + from + ",\"To\":" + weekEnd + "}").then().statusCode(200)
                .body("Starts.size()", equalTo(21));

        // seed 001's request, with this merchant's ids and a start that is free
        String seed = """
                {
                  "BookingStart": %d,
                  "BookingResourceId": %d,
                  "BookingServiceId": %d,
                  "Count": 1,
                  "CustomerId": %d,
                  "CustomerNote": "Poznámka",
                  "PaymentRequiredProcess": 0,
                  "TimeStamp": 1769346858
                }""".formatted(starts.get(0).longValue(), resource, service, customer);
        Map<String, Object> created = platform.api().header("Idempotency-Key", "ems-seed-1").body(seed)
                .post("/v1/EmsLike/CreateBooking").then().statusCode(200).contentType(ContentType.JSON).extract().path("");
        assertThat(created).containsOnlyKeys("IsPaymentRequired", "IsPaymentRequiredProcessing", "AppointmentId",
                "CustomerId", "Status", "IsError", "ErrorParameter", "ErrorMessage", "ErrorParameters", "ErrorMessages");
        assertThat(created).containsEntry("IsPaymentRequired", false).containsEntry("IsPaymentRequiredProcessing", false)
                .containsEntry("Status", "Confirmed").containsEntry("IsError", false)
                .containsEntry("ErrorParameter", null).containsEntry("ErrorMessage", null)
                .containsEntry("ErrorParameters", List.of()).containsEntry("ErrorMessages", List.of());
        assertThat(((Number) created.get("CustomerId")).longValue()).isEqualTo(customer);
        long appointment = ((Number) created.get("AppointmentId")).longValue();

        platform.api().header("Idempotency-Key", "ems-seed-1").body(seed).post("/v1/EmsLike/CreateBooking").then()
                .statusCode(200).body("AppointmentId", equalTo((int) appointment));
        Map<String, Object> taken = reservanto("EmsLike/CreateBooking", seed).then().statusCode(409).extract().path("");
        assertThat(taken).containsEntry("IsError", true);
        assertThat((List<?>) taken.get("ErrorMessages")).hasSize(1);
        reservanto("EmsLike/CreateBooking", seed.replace("\"CustomerId\": " + customer, "\"CustomerId\": 987654321"))
                .then().statusCode(404).body("IsError", equalTo(true)).body("ErrorParameter", equalTo("CustomerId"));
        reservanto("EmsLike/CreateBooking", seed.replace("\"BookingStart\": ", "\"Start\": ")).then().statusCode(400)
                .body("ErrorParameter", equalTo("BookingStart")).body("ErrorParameters", equalTo(List.of("BookingStart")));

        reservanto("Booking/GetBookingsForCustomer", "{\"CustomerId\":" + customer + ",\"From\":" + from
                + ",\"To\":" + to + "}").then().statusCode(200).body("Appointments.size()", equalTo(1))
                .body("Appointments[0].AppointmentId", equalTo((int) appointment))
                .body("Appointments[0].Status", equalTo("Confirmed"))
                .body("Appointments[0].Start", equalTo((int) starts.get(0).longValue()))
                .body("Appointments[0].Lines[0].BookingResourceId", equalTo((int) resource));
        reservanto("OneToOne/MoveBooking", "{\"AppointmentId\":" + appointment + ",\"BookingStart\":"
                + starts.get(1) + "}").then().statusCode(200).body("Status", equalTo("Confirmed"));
        reservanto("Booking/GetBookingsForPeriod", "{\"From\":" + from + ",\"To\":" + to + "}").then()
                .statusCode(200).body("Appointments.find { it.AppointmentId == " + appointment + " }.Start",
                        equalTo((int) starts.get(1).longValue()));
        reservanto("Booking/GetCancelLink", "{\"AppointmentId\":" + appointment + "}").then().statusCode(200)
                .body("Url", matchesPattern(".*/links/bookings/.*")).body("ValidTo", notNullValue());

        // an alternate waits for the taken time slot and leaves again
        long other = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Jana\",\"LastName\":\"Dvořák\"}")
                .then().extract().path("CustomerId")).longValue();
        String both = "{\"CustomerId\":" + other + ",\"AppointmentId\":" + appointment + "}";
        reservanto("Alternates/AddToAppointment", both).then().statusCode(200).body("AlternateId", notNullValue())
                .body("Status", equalTo("Waiting"));
        reservanto("Alternates/GetAppointmentAlternates", "{\"AppointmentId\":" + appointment + "}").then()
                .body("Alternates.size()", equalTo(1)).body("Alternates[0].CustomerId", equalTo((int) other));
        reservanto("Alternates/GetAppointmentsSubscribedByCustomer", "{\"CustomerId\":" + other + "}").then()
                .body("Alternates.size()", equalTo(1));
        reservanto("Alternates/RemoveFromAppointment", both).then().statusCode(200).body("IsError", equalTo(false));
        reservanto("Alternates/GetAppointmentAlternates", "{\"AppointmentId\":" + appointment + "}").then()
                .body("Alternates.size()", equalTo(0));
        reservanto("Alternates/RemoveFromAppointment", both).then().statusCode(404).body("IsError", equalTo(true));

        reservanto("Booking/Cancel", "{\"AppointmentId\":" + appointment + ",\"Reason\":\"ill\"}").then()
                .statusCode(200).body("Appointment.Status", equalTo("Cancelled"));
        reservanto("Booking/Confirm", "{\"AppointmentId\":" + appointment + "}").then().statusCode(409)
                .body("IsError", equalTo(true));
        List<Map<String, Object>> activities = reservanto("Booking/GetActivities", "{\"From\":"
                + (System.currentTimeMillis() / 1000 - 3600) + "}").then().statusCode(200).extract().path("Activities");
        assertThat(activities).extracting(a -> a.get("Type")).contains("created", "rescheduled", "cancelled");
    }

    void reservantoCustomersWalletAndCatalogue() throws Exception {
        Calendar.arrange(platform::api, "Katalog");
        long location = numberOf("Location/GetList", "{}", "Locations", "LocationId", "Katalog");
        long resource = numberOf("BookingResource/GetList", "{\"LocationId\":" + location + "}", "BookingResources",
                "BookingResourceId", "Alena");
        long customer = ((Number) reservanto("Customer/Create", "{\"FirstName\":\"Karel\",\"LastName\":\"Veselý\","
                + "\"Email\":\"karel@example.cz\",\"BirthDate\":\"1990-05-01\"}").then().statusCode(200)
                .extract().path("CustomerId")).longValue();
        String one = "{\"CustomerId\":" + customer + "}";
        reservanto("Customer/Get", one).then().statusCode(200).body("Customer.CustomerId", equalTo((int) customer))
                .body("Customer.FirstName", equalTo("Karel")).body("Customer.BirthDate", equalTo("1990-05-01"));
        reservanto("Customer/Edit", "{\"CustomerId\":" + customer + ",\"Phone\":\"+420602000333\"}").then()
                .statusCode(200).body("Customer.Phone", equalTo("+420602000333"));
        reservanto("Customer/Note", "{\"CustomerId\":" + customer + ",\"Note\":\"VIP\"}").then().statusCode(200);
        reservanto("Customer/Search", "{\"Query\":\"karel@example.cz\"}").then().statusCode(200)
                .body("Customers[0].CustomerId", equalTo((int) customer)).body("Customers[0].Note", equalTo("VIP"));
        reservanto("Customer/GetList", "{\"Count\":500}").then().statusCode(200)
                .body("Customers.CustomerId", org.hamcrest.Matchers.hasItem((int) customer));
        reservanto("Customer/TryUseCredit", "{\"CustomerId\":" + customer + ",\"Amount\":50}").then()
                .statusCode(409).body("IsError", equalTo(true));
        String nativeCustomer = platform.api().queryParam("q", "karel@example.cz").get("/api/v1/customers/search")
                .then().extract().path("[0].id");
        platform.api().body("{\"amount\":200,\"reason\":\"top-up\"}")
                .post("/api/v1/customers/" + nativeCustomer + "/credit/entries").then().statusCode(201);
        reservanto("Customer/TryUseCredit", "{\"CustomerId\":" + customer + ",\"Amount\":50}").then()
                .statusCode(200).body("Success", equalTo(true)).body("Balance", equalTo(150.0f));
        long now = System.currentTimeMillis() / 1000;
        reservanto("Customer/CreditTransactions", "{\"CustomerId\":" + customer + ",\"From\":" + (now - 3600)
                + ",\"To\":" + (now + 3600) + "}").then().statusCode(200)
                .body("Entries.size()", equalTo(2)).body("ClosingBalance", equalTo(150.0f));

        platform.api().body("{\"name\":\"10 entries\",\"entries\":10,\"validityDays\":90,"
                + "\"price\":900,\"currency\":\"CZK\"}").post("/api/v1/passes").then().statusCode(201);
        long passId = numberOf("Pass/GetList", "{}", "Passes", "PassId", "10 entries");
        long held = ((Number) reservanto("PassToCustomer/AddPass", "{\"CustomerId\":" + customer + ",\"PassId\":"
                + passId + "}").then().statusCode(200).body("EntriesLeft", equalTo(10)).extract()
                .path("PassToCustomerId")).longValue();
        reservanto("PassToCustomer/GetPassesForCustomer", one).then().body("Passes[0].PassToCustomerId",
                equalTo((int) held)).body("Passes[0].PassId", equalTo((int) passId));
        reservanto("PassToCustomer/AddIntermission", "{\"CustomerId\":" + customer + ",\"PassToCustomerId\":" + held
                + ",\"From\":\"" + LocalDate.now().plusDays(1) + "\",\"To\":\"" + LocalDate.now().plusDays(8) + "\"}")
                .then().statusCode(200).body("IsError", equalTo(false));
        String pass = "{\"CustomerId\":" + customer + ",\"PassToCustomerId\":" + held;
        reservanto("Customer/TryUsePass", pass + ",\"Reference\":\"yoga 1\"}").then().statusCode(200)
                .body("Pass.EntriesLeft", equalTo(9));
        reservanto("Customer/TryUsePass", pass + "}").then().statusCode(200).body("Pass.EntriesLeft", equalTo(8));
        reservanto("Customer/TryReturnPassUsage", pass + ",\"Count\":3}").then().statusCode(409)
                .body("IsError", equalTo(true));
        reservanto("Customer/TryReturnPassUsage", pass + ",\"Count\":2}").then().statusCode(200)
                .body("Pass.EntriesLeft", equalTo(10));
        reservanto("Customer/Details", one).then().statusCode(200).body("CreditBalance", equalTo(150.0f))
                .body("Passes.size()", equalTo(1)).body("Customer.LastName", equalTo("Veselý"));
        reservanto("Voucher/IsValid", "{\"Code\":\"NO-SUCH-CODE\"}").then().statusCode(200)
                .body("IsValid", equalTo(false));
        reservanto("Voucher/GetList", "{}").then().statusCode(200).body("IsError", equalTo(false));

        long weekStart = weekAhead("00:00").toEpochSecond();
        String period = ",\"From\":" + weekStart + ",\"To\":" + (weekStart + 86400) + "}";
        reservanto("WorkingHours/GetForPeriod", "{\"BookingResourceId\":" + resource + period).then().statusCode(200)
                .body("WorkingHours[0].Start", equalTo((int) weekAhead("09:00").toEpochSecond()))
                .body("WorkingHours[0].End", equalTo((int) weekAhead("12:00").toEpochSecond()));
        long freeTime = ((Number) reservanto("FreeTime/Create", "{\"BookingResourceId\":" + resource + ",\"From\":"
                + weekAhead("09:00").toEpochSecond() + ",\"To\":" + weekAhead("10:00").toEpochSecond()
                + ",\"Note\":\"doctor\"}").then().statusCode(200).extract().path("FreeTimeId")).longValue();
        reservanto("FreeTime/Get", "{\"FreeTimeId\":" + freeTime + "}").then().statusCode(200)
                .body("FreeTime.Reason", equalTo("doctor")).body("FreeTime.BookingResourceId", equalTo((int) resource));
        reservanto("RentalLike/GetAvailability", "{\"BookingResourceIds\":[" + resource + "]" + period).then()
                .statusCode(200).body("Availability[0].BookingResourceId", equalTo((int) resource));
        reservanto("FreeTime/Delete", "{\"FreeTimeId\":" + freeTime + "}").then().statusCode(200);
        reservanto("FreeTime/Get", "{\"FreeTimeId\":" + freeTime + "}").then().statusCode(404);

        // another merchant's key: the same numbers name nothing there
        String key = platform.api().body("{\"id\":\"compat-other\",\"name\":\"Other\"}").post("/api/v1/tenants")
                .then().statusCode(201).extract().path("apiKey.key");
        RequestSpecification other = given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
        other.body(one).post("/v1/Customer/Get").then().statusCode(404).body("IsError", equalTo(true))
                .body("ErrorParameter", equalTo("CustomerId"));
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body("{\"CustomerId\":" + customer + ",\"Phone\":\"+420777999888\"}").post("/v1/Customer/Edit")
                .then().statusCode(404);
        reservanto("Customer/Get", one).then().body("Customer.Phone", equalTo("+420602000333"));
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{}")
                .post("/v1/Customer/GetList").then().statusCode(200).body("Customers.size()", equalTo(0));
    }

    /** Every action of the issue, with bodies a careless client sends: an envelope error or an answer, never a 500. */
    void reservantoAnswersBadInputInItsEnvelope() {
        List<String> bodies = List.of("", "{}", "[]", "not json", "{\"CustomerId\":\"x\",\"AppointmentId\":-1}",
                "{\"BookingResourceId\":1.5,\"From\":\"yesterday\",\"To\":null}",
                "{\"CustomerId\":9223372036854775807,\"BookingStart\":-99999999999999,\"Count\":-1}",
                "{\"BookingResourceIds\":[\"a\",{}],\"From\":1,\"To\":2,\"Amount\":\"all\",\"Code\":7}");
        for (String action : ACTIONS) {
            for (String body : bodies) {
                Response response = platform.api().body(body).post("/v1/" + action);
                assertThat(response.statusCode()).as(action + " " + body).isLessThan(500);
                if (response.statusCode() >= 400) {
                    assertThat(response.jsonPath().getBoolean("IsError")).as(action + " " + body).isTrue();
                    assertThat(response.jsonPath().getList("ErrorMessages")).as(action + " " + body).hasSize(1);
                }
            }
        }
    }


    static final List<String> ACTIONS = List.of("Test/Echo", "Authorize/GetShortTimeToken", "Merchant/GetInfo",
            "Location/Get", "Location/GetList", "BookingResource/Get", "BookingResource/GetList",
            "BookingResource/GetAvailability", "BookingService/Get", "BookingService/GetList",
            "BookingService/GetForBookingResource", "WorkingHours/GetForPeriod", "FreeTime/Create", "FreeTime/Delete",
            "FreeTime/Get", "Customer/Create", "Customer/Get", "Customer/GetList", "Customer/Search", "Customer/Edit",
            "Customer/Details", "Customer/Note", "Customer/TryUseCredit", "Customer/CreditTransactions",
            "OneToOne/CreateBooking", "OneToOne/GetAvailableStarts", "OneToOne/GetAvailableStartsForLocation",
            "OneToOne/MoveBooking", "EmsLike/CreateBooking", "EmsLike/UpdateBooking", "Classes/CreateBooking",
            "Classes/Get", "Classes/GetAvailableAppointments", "RentalLike/CreateBooking", "RentalLike/GetAvailability",
            "Booking/Cancel", "Booking/Confirm", "Booking/Reject", "Booking/SetNoShowState",
            "Booking/GetBookingsForCustomer", "Booking/GetBookingsForPeriod", "Booking/GetActivities",
            "Booking/GetCancelLink", "Booking/GetPaymentLink", "Booking/AddPaymentViaCredit",
            "Booking/AddPaymentViaPass", "Alternates/AddToAppointment", "Alternates/AddToCourse",
            "Alternates/GetAppointmentAlternates", "Alternates/GetAppointmentsSubscribedByCustomer",
            "Alternates/GetCourseAlternates", "Alternates/GetCoursesSubscribedByCustomer",
            "Alternates/RemoveFromAppointment", "Alternates/RemoveFromCourse", "Pass/GetList", "PassToCustomer/AddPass",
            "PassToCustomer/AddIntermission", "PassToCustomer/GetPassesForCustomer", "Voucher/GetList",
            "Voucher/IsValid", "Voucher/PayForBooking", "Voucher/RefundBookingPayment", "Product/GetList",
            "Customer/CreateAccount", "Customer/CreateAccountWithPassword", "Customer/DeleteAccount", "Customer/Login",
            "Customer/EditCustomValues", "CustomValue/GetCustomerDefinitions", "Credit/GetHistory", "Event/Get",
            "Event/GetByCode", "Event/GetList", "Event/GetListByCustomer", "Event/WebHook/Create",
            "Event/WebHook/Delete", "Event/WebHook/GetList", "Customer/WebHook/Create", "Customer/WebHook/Delete",
            "Customer/WebHook/GetList", "FreeTime/WebHook/Create", "FreeTime/WebHook/Delete", "FreeTime/WebHook/GetList",
            "Customer/TryUsePass", "Customer/TryReturnPassUsage", "Course/Get", "Course/GetCustomerEvents",
            "Booking/EditCustomValues", "CustomValue/GetEventDefinitions", "PaymentMethod/GetList",
            "ProductCategory/GetList", "Tag/GetListForCustomer", "Tag/GetListForResource", "Segment/GetList",
            "PriceLevel/GetList", "ExternalIdentifier/Add", "ExternalIdentifier/Edit", "ExternalIdentifier/Delete",
            "ExternalIdentifier/Get", "ServiceSubstitution/GetForCustomer", "Booking/AddPaymentViaServiceSubstitution");
}
