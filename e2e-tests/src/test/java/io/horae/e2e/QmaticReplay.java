package io.horae.e2e;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Qmatic's service-combination flow (seed 002): search, detail, time slots, reserve and reschedule. */
final class QmaticReplay extends VendorClients {
    QmaticReplay(Platform platform) {
        super(platform);
    }

    void qmaticReschedulesAnAppointmentOfSeveralServices() throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Filiale");
        String haircut = platform.api().body("{\"names\":{\"en\":\"Haircut\",\"de\":\"Haarschnitt\"},"
                + "\"defaultLanguage\":\"en\",\"durationMinutes\":60,\"price\":20,\"currency\":\"EUR\"}")
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        platform.api().body("{\"serviceIds\":[\"" + calendar.service() + "\",\"" + haircut + "\"]}")
                .put("/api/v1/resources/" + calendar.resource() + "/services").then().statusCode(200);
        String identifier = "5B0I96O2xqD8XpyOdP7yQQhBIueKzaQZSfdDYx32mL8v1";
        String customer = customer("Anna", "Berg", "anna@example.com", identifier);
        String services = calendar.service() + "," + haircut;
        String day = LocalDate.now(Calendar.ZONE).plusDays(7).toString();

        List<Map<String, String>> slots = qmatic().queryParam("serviceIds", services).queryParam("date", day)
                .get("/external/v1/serviceCombination/branches/" + calendar.location() + "/timeslots")
                .then().statusCode(200).extract().path("");
        assertThat(slots).as("09:00-11:00 and 10:00-12:00").hasSize(2);
        assertThat(slots.get(0).get("startTime")).isEqualTo(weekAhead("09:00").format(QMATIC_TIME));
        assertThat(slots.get(0).get("endTime")).isEqualTo(weekAhead("11:00").format(QMATIC_TIME));
        String reservation = reserve(calendar.location(), services, slots.get(0).get("startTime"));
        String appointment = platform.api().body("{\"reservationId\":\"" + reservation + "\",\"customerId\":\""
                + customer + "\",\"note\":\"bring glasses\"}").post("/api/v1/bookings").then().statusCode(201)
                .extract().path("id");

        // the seed's search: GET with a JSON body, and the same as a query parameter
        List<Map<String, Object>> found = qmatic("de_DE")
                .body("{\"customer\": {\"personalIdentifier\": \"" + identifier + "\"}}")
                .get("/external/v1/serviceCombination/appointments/search").then().statusCode(200).extract().path("");
        assertThat(found).hasSize(1);
        assertAppointment(found.get(0), appointment, calendar, "09:00", "11:00", "Massage + Haarschnitt");
        qmatic().queryParam("personalIdentifier", identifier).get("/external/v1/serviceCombination/appointments/search")
                .then().statusCode(200).body("[0].appointmentId", equalTo(appointment));

        Map<String, Object> detail = qmatic("fr_FR")
                .get("/external/v1/serviceCombination/appointments/" + appointment).then().statusCode(200)
                .extract().path("");
        assertAppointment(detail, appointment, calendar, "09:00", "11:00", "Massage + Haircut");

        OffsetDateTime nextDay = daysAhead(8, "09:00");
        String later = reserve(calendar.location(), services, nextDay.format(QMATIC_TIME));
        qmatic().body("{\"reservationId\": \"3fa85f64-5717-4562-b3fc-2c963f66afa6\"}")
                .put("/external/v1/serviceCombination/appointments/" + appointment + "/reschedule")
                .then().statusCode(400).body("status", equalTo(400)).body("field", equalTo("reservationId"))
                .body("errorMessage", notNullValue());
        qmatic().body("{}").put("/external/v1/serviceCombination/appointments/" + appointment + "/reschedule")
                .then().statusCode(400).body("field", equalTo("reservationId"));
        Map<String, Object> moved = qmatic().body("{\"reservationId\": \"" + later + "\"}")
                .put("/external/v1/serviceCombination/appointments/" + appointment + "/reschedule")
                .then().statusCode(200).extract().path("");
        assertThat(((Map<?, ?>) moved.get("timeSlot")).get("startTime")).isEqualTo(nextDay.format(QMATIC_TIME));
        assertThat(((Map<?, ?>) moved.get("timeSlot")).get("endTime"))
                .isEqualTo(daysAhead(8, "11:00").format(QMATIC_TIME));
        assertThat(moved.get("appointmentId")).isEqualTo(appointment);
        // the old time slot is released through Kafka and offered again
        awaitSize(() -> qmatic().queryParam("serviceIds", services).queryParam("date", day),
                "/external/v1/serviceCombination/branches/" + calendar.location() + "/timeslots", 2);

        platform.api().get("/external/v1/serviceCombination/appointments/" + appointment).then().statusCode(400)
                .body("errorCode", equalTo("BAD_REQUEST"));
        platform.api().header("X-TENANT-ID", "someone-else").get("/external/v1/serviceCombination/appointments/"
                + appointment).then().statusCode(403).body("status", equalTo(403));
        qmatic().header("X-TENANT-ID", "someone-else").get("/external/v1/serviceCombination/appointments/"
                + appointment).then().statusCode(403).body("errorCode", equalTo("FORBIDDEN"));
        qmatic().get("/external/v1/serviceCombination/appointments/3fa85f64-5717-4562-b3fc-2c963f66afa6")
                .then().statusCode(404).body("errorCode", equalTo("NOT_FOUND"));
        qmatic().get("/external/v1/serviceCombination/appointments/search").then().statusCode(400)
                .body("field", equalTo("customer.personalIdentifier"));
        qmatic().body("{\"branchId\":\"" + calendar.location() + "\",\"serviceIds\":[\"" + calendar.service()
                + "\"],\"timeSlot\":{\"startTime\":\"" + nextDay.format(QMATIC_TIME) + "\"}}")
                .post("/external/v1/serviceCombination/reservations").then().statusCode(409);
    }


    private String reserve(String branch, String services, String start) {
        return qmatic().body("{\"branchId\":\"" + branch + "\",\"serviceIds\":[\"" + services.replace(",", "\",\"")
                        + "\"],\"timeSlot\":{\"startTime\":\"" + start + "\"}}")
                .post("/external/v1/serviceCombination/reservations").then().statusCode(201)
                .body("reservationId", notNullValue()).extract().path("reservationId");
    }

    @SuppressWarnings("unchecked")
    private void assertAppointment(Map<String, Object> a, String id, Calendar calendar, String from, String to,
                                          String serviceName) {
        assertThat(a).containsOnlyKeys("appointmentId", "timeSlot", "customer", "service", "branch",
                "numberOfReservations", "supportNotes");
        assertThat(a.get("appointmentId")).isEqualTo(id);
        assertThat(a.get("timeSlot")).isEqualTo(Map.of("startTime", weekAhead(from).format(QMATIC_TIME),
                "endTime", weekAhead(to).format(QMATIC_TIME)));
        Map<String, Object> customer = (Map<String, Object>) a.get("customer");
        assertThat(customer).containsOnlyKeys("firstName", "lastName", "phoneNumber", "email", "dateOfBirth");
        assertThat(customer).containsEntry("firstName", "Anna").containsEntry("lastName", "Berg")
                .containsEntry("email", "anna@example.com").containsEntry("dateOfBirth", "2000-01-01")
                .containsEntry("phoneNumber", "+420601000111");
        Map<String, Object> service = (Map<String, Object>) a.get("service");
        assertThat(service).containsEntry("id", calendar.service()).containsEntry("name", serviceName)
                .containsEntry("config", Map.of("maxNumberOfReservations", 1));
        Map<String, Object> branch = (Map<String, Object>) a.get("branch");
        assertThat(branch).containsOnlyKeys("id", "name", "address", "location");
        assertThat(branch).containsEntry("id", calendar.location()).containsEntry("name", "Filiale");
        assertThat((Map<String, Object>) branch.get("address")).containsOnlyKeys("streetName", "zipCode", "city",
                "country");
        assertThat((Map<String, Object>) branch.get("location")).containsOnlyKeys("longitude", "latitude");
        assertThat(a.get("numberOfReservations")).isEqualTo(1);
        assertThat(a.get("supportNotes")).isEqualTo("bring glasses");
    }
}
