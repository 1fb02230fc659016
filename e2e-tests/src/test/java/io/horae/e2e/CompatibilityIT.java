package io.horae.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The seed vendors' clients against Horae: every example request of the seed documents replayed through the
 * gateway's compatibility routes, with its data arranged first through the native API, and checked field by field
 * against the documented answer. Errors come in each vendor's own shape.
 */
class CompatibilityIT {
    private static final String CARECLOUD = "/rest-api/enterprise-interface/v1.0/product-reservations";
    private static Platform platform;

    @BeforeAll
    static void up() throws Exception {
        platform = Platform.up("horae-compat-");
    }

    @AfterAll
    static void down() throws Exception {
        if (platform != null) {
            platform.stopLeavingNothingBehind();
        }
    }

    // ---- CareCloud (seed 000) ----------------------------------------------------------------------------------

    @Test
    void careCloudProductReservationsAsTheSeedShowsThem() {
        String customer = customer("Eva", "Malá", "eva@example.com", null);
        String store = platform.api().body("{\"name\":\"Obchod\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        String product = platform.api().body("{\"name\":\"Vitamins\",\"price\":23,\"currency\":\"CZK\",\"vatRate\":5}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        platform.api().body("{\"quantity\":10}").put("/api/v1/products/" + product + "/stock/" + store)
                .then().statusCode(200);

        String created = careCloud().body("""
                {"product_reservation" : {"customer_id" : "%s", "store_id" : "%s",
                "product_reservation_source_id" : "%s"}}""".formatted(customer, store, store))
                .post(CARECLOUD).then().statusCode(201).contentType(ContentType.JSON)
                .body("data.product_reservation_id", notNullValue()).extract().path("data.product_reservation_id");
        String withItems = careCloud().body("""
                {"product_reservation": {"customer_id": "%s", "store_id": "%s", "customers_note": "",
                 "comments": ["test", "test"],
                 "external_reservation_codes": [{"external_code_type_id": 2, "value": "2107225110"}],
                 "product_reservation_items": [{"reservable_product_id": "%s", "amount": 3}]}}"""
                        .formatted(customer, store, product))
                .post(CARECLOUD).then().statusCode(201).extract().path("data.product_reservation_id");
        assertThat(stock(product)).isEqualTo(7);

        JsonPath detail = careCloud().get(CARECLOUD + "/" + withItems).then().statusCode(200).extract().jsonPath();
        assertCareCloudReservation(detail.getMap("data"), withItems, customer, store, product);
        long code = detail.getLong("data.reservation_codes[0]");

        JsonPath list = careCloud().queryParam("store_id", store).queryParam("customer_id", customer)
                .queryParam("reservation_code", code).queryParam("count", 2)
                .get(CARECLOUD).then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("data.product_reservations")).hasSize(1);
        assertThat(list.getInt("data.total_items")).isEqualTo(1);
        assertCareCloudReservation(list.getMap("data.product_reservations[0]"), withItems, customer, store, product);
        JsonPath both = careCloud().queryParam("customer_id", customer).queryParam("sort_field", "reservation_code")
                .queryParam("sort_direction", "DESC").queryParam("count", 1).queryParam("offset", 0)
                .get(CARECLOUD).then().statusCode(200).extract().jsonPath();
        assertThat(both.getInt("data.total_items")).isEqualTo(2);
        assertThat(both.getString("data.product_reservations[0].product_reservation_id")).isEqualTo(withItems);
        careCloud().queryParam("reservation_state", 0).queryParam("customer_id", customer).get(CARECLOUD)
                .then().statusCode(200).body("data.total_items", equalTo(0));

        careCloud().body("{\"product_reservation_id\" : \"" + withItems + "\"}")
                .post(CARECLOUD + "/" + withItems + "/actions/cancel-reservation").then().statusCode(204);
        assertThat(stock(product)).isEqualTo(10);
        careCloud().get(CARECLOUD + "/" + withItems).then().statusCode(200).body("data.actual_state", equalTo(0));
        careCloud().get(CARECLOUD + "/" + created).then().statusCode(200).body("data.actual_state", equalTo(1))
                .body("data.product_reservation_source_id", equalTo(store));

        careCloud().get(CARECLOUD + "/84db37f94368932a56c439b5d6").then().statusCode(404)
                .body("error.code", equalTo(404)).body("error.message", notNullValue());
        careCloud().body("{}").post(CARECLOUD).then().statusCode(400).body("error.code", equalTo(400));
        careCloud().body("{\"product_reservation\":{\"customer_id\":\"nope\",\"store_id\":\"" + store + "\"}}")
                .post(CARECLOUD).then().statusCode(400).body("error.code", equalTo(400));
        careCloud().queryParam("sort_field", "colour").get(CARECLOUD).then().statusCode(400)
                .body("error.field", equalTo("sort_field"));
        given().auth().preemptive().basic("enterprise", "not-a-key").get(CARECLOUD).then().statusCode(401)
                .body("error.code", equalTo(401));
    }

    private static void assertCareCloudReservation(Map<String, Object> r, String id, String customer, String store,
                                                   String product) {
        assertThat(r).containsOnlyKeys("product_reservation_id", "customer_id", "store_id", "reservation_codes",
                "external_reservation_codes", "product_reservation_source_id", "pickup_date", "customers_note",
                "total_price", "currency_id", "product_reservation_items", "actual_state", "states", "comments",
                "last_change", "state");
        assertThat(r.get("product_reservation_id")).isEqualTo(id);
        assertThat(r.get("customer_id")).isEqualTo(customer);
        assertThat(r.get("store_id")).isEqualTo(store);
        assertThat((List<?>) r.get("reservation_codes")).hasSize(1).allMatch(c -> c instanceof Integer);
        assertThat(r.get("external_reservation_codes"))
                .isEqualTo(List.of(Map.of("external_code_type_id", 2, "value", "2107225110")));
        assertThat(r.get("customers_note")).isEqualTo("");
        assertThat(((Number) r.get("total_price")).doubleValue()).isEqualTo(69.0);
        assertThat(r.get("currency_id")).isEqualTo("CZK");
        Map<?, ?> item = (Map<?, ?>) ((List<?>) r.get("product_reservation_items")).get(0);
        assertThat(item.get("reservable_product_id")).isEqualTo(product);
        assertThat(item.get("amount")).isEqualTo(3);
        assertThat(((Number) item.get("unit_price")).doubleValue()).isEqualTo(23.0);
        assertThat(((Number) item.get("vat_rate")).doubleValue()).isEqualTo(5.0);
        assertThat(r.get("actual_state")).isEqualTo(1);
        assertThat(r.get("comments")).isEqualTo(List.of("test", "test"));
        assertThat((String) r.get("last_change")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(r.get("state")).isEqualTo(1);
    }

    private static RequestSpecification careCloud() {
        return given().auth().preemptive().basic("enterpriseinterface", platform.key())
                .header("Accept-Language", "cs, en-gb;q=0.8").contentType(ContentType.JSON);
    }

    private static int stock(String product) {
        return platform.api().get("/api/v1/products/" + product + "/stock").then().statusCode(200)
                .extract().path("[0].quantity");
    }

    // ---- Recras (seed 003) -------------------------------------------------------------------------------------

    @Test
    void recrasBooksAListOfProductsAndItsLinksSetTheStatus() throws Exception {
        String store = platform.api().body("{\"name\":\"Bowling\",\"timeZone\":\"Europe/Amsterdam\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        platform.api().body("{\"name\":\"Lane\",\"price\":50,\"currency\":\"EUR\",\"vatRate\":21}")
                .post("/api/v1/products").then().statusCode(201);
        String shoes = platform.api().body("{\"name\":\"Shoes\",\"price\":4,\"currency\":\"EUR\",\"vatRate\":21}")
                .post("/api/v1/products").then().statusCode(201).extract().path("id");
        platform.api().body("{\"quantity\":4}").put("/api/v1/products/" + shoes + "/stock/" + store)
                .then().statusCode(200);
        // a Recras client knows its numeric ids; here they are read where Horae shows them (Reservanto's lists)
        long laneId = numberOf("Product/GetList", "{}", "Products", "ProductId", "Lane");
        long shoesId = numberOf("Product/GetList", "{}", "Products", "ProductId", "Shoes");
        long storeId = numberOf("Location/GetList", "{}", "Locations", "LocationId", "Bowling");
        String day = LocalDate.now().plusDays(30).toString();
        String seed = """
                {
                   "status": "reservering",
                   "customer": {
                      "email": "foo@bar.nl",
                      "company_id": 2,
                      "first_name": "foo",
                      "last_name": "bar",
                      "phone_number": "050-2112222"
                   },
                   "products":[
                      {"amount":1,"product_id":%d,"datetime":"%s 10:00:00"},
                      {"amount":1,"product_id":%d,"datetime":"%s 10:00:00", "location_id": %d}
                   ],
                   "should_invoice": true
                }""".formatted(laneId, day, shoesId, day, storeId);

        JsonPath created = recras().header("Idempotency-Key", "recras-seed-1").body(seed).post("/api2/book_products")
                .then().statusCode(201)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertThat(created.getMap("")).containsOnlyKeys("id", "ref", "qr_code", "_links");
        long id = created.getLong("id");
        assertThat(created.getString("ref")).isNotBlank();
        assertThat(created.getString("qr_code")).isNotBlank();
        assertThat(created.getMap("_links")).containsOnlyKeys("recras:booking:set_status:confirmed",
                "recras:booking:set_status:cancelled");
        String confirm = created.getString("_links.'recras:booking:set_status:confirmed'.href");
        assertThat(confirm).isEqualTo("/api2/boekingen/" + id + "/set_status/definitief");
        assertThat(created.getString("_links.'recras:booking:set_status:confirmed'.method")).isEqualTo("POST");
        assertThat(created.getString("_links.'recras:booking:set_status:cancelled'.href"))
                .isEqualTo("/api2/boekingen/" + id + "/set_status/geannuleerd");
        assertThat(stock(shoes)).isEqualTo(3);
        // a retry with the same Idempotency-Key answers the same booking and books nothing more
        recras().header("Idempotency-Key", "recras-seed-1").body(seed).post("/api2/book_products").then()
                .statusCode(201).body("id", equalTo((int) id)).body("ref", equalTo(created.getString("ref")));
        assertThat(stock(shoes)).isEqualTo(3);
        assertThat(platform.count("horae_booking", "select count(*) from booking where note is null and kind = 'PRODUCTS'"
                + " and customer_id = (select customer_id from booking where reference = '" + created.getString("ref")
                + "')")).isEqualTo(1);

        String customer = platform.api().queryParam("q", "foo@bar.nl").get("/api/v1/customers/search").then()
                .extract().path("[0].id");
        String booking = platform.api().queryParam("customerId", customer).get("/api/v1/bookings").then()
                .extract().path("items[0].id");
        String start = platform.api().get("/api/v1/bookings/" + booking).then().statusCode(200)
                .body("status", equalTo("PENDING_CONFIRMATION")).body("kind", equalTo("PRODUCTS"))
                .extract().path("start");
        assertThat(OffsetDateTime.parse(start)).as("a datetime without offset is wall-clock time at the location")
                .isEqualTo(LocalDate.parse(day).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                        .toOffsetDateTime());
        recras().post(confirm).then().statusCode(200).body("status", equalTo("definitief"));
        platform.api().get("/api/v1/bookings/" + booking).then().body("status", equalTo("CONFIRMED"));

        // pending_online waits for its payment until the end of the expiry day (today by default)
        String pending = seed.replace("\"reservering\"", "\"pending_online\"");
        JsonPath online = recras().body(pending).post("/api2/book_products").then().statusCode(201).extract().jsonPath();
        assertThat(platform.count("horae_customer", "select count(*) from customer where email = 'foo@bar.nl'"))
                .as("the customer is found by e-mail, not created twice").isEqualTo(1);
        String waiting = platform.api().queryParam("status", "PENDING_PAYMENT").queryParam("customerId", customer)
                .get("/api/v1/bookings").then().extract().path("items[0].id");
        String expiresAt = platform.api().get("/api/v1/bookings/" + waiting).then()
                .body("status", equalTo("PENDING_PAYMENT")).extract().path("expiresAt");
        assertThat(OffsetDateTime.parse(expiresAt)).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                .plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime());
        recras().post(online.getString("_links.'recras:booking:set_status:cancelled'.href")).then().statusCode(200)
                .body("status", equalTo("geannuleerd"));
        platform.api().get("/api/v1/bookings/" + waiting).then().body("status", equalTo("CANCELLED"));

        recras().body(pending.replace("\"should_invoice\": true", "\"should_invoice\": true, \"expiry\": \""
                + LocalDate.now().minusDays(1) + "\"")).post("/api2/book_products").then().statusCode(400)
                .body("field", equalTo("expiry")).body("status", equalTo(400)).body("message", notNullValue());
        recras().body(pending.replace("\"should_invoice\": true", "\"should_invoice\": true, \"expiry\": \""
                + LocalDate.parse(day).plusDays(1) + "\"")).post("/api2/book_products").then().statusCode(400)
                .body("field", equalTo("expiry"));
        recras().body(seed.replace("\"should_invoice\": true", "\"should_invoice\": true, \"expiry\": \""
                + day + "\"")).post("/api2/book_products").then().statusCode(400).body("field", equalTo("expiry"));
        // the seed's own example has a typo ("company_id:" 2) that makes it invalid JSON
        recras().body(seed.replace("\"company_id\": 2", "\"company_id:\" 2")).post("/api2/book_products")
                .then().statusCode(400).body("status", equalTo(400));
        recras().body(seed.replace("\"amount\":1,\"product_id\":" + laneId, "\"amount\":1,\"product_id\":999999"))
                .post("/api2/book_products").then().statusCode(404).body("field", equalTo("products[0].product_id"));
        recras().body(seed.replace("\"amount\":1,\"product_id\":" + shoesId, "\"amount\":9,\"product_id\":" + shoesId))
                .post("/api2/book_products").then().statusCode(409).body("status", equalTo(409));
        assertThat(stock(shoes)).as("a refused order takes nothing").isEqualTo(3);
        recras().post("/api2/boekingen/" + id + "/set_status/betaald").then().statusCode(400);
        recras().post("/api2/boekingen/123456789/set_status/definitief").then().statusCode(404);
    }

    private static RequestSpecification recras() {
        return platform.api();
    }

    /** The numeric id Reservanto's {@code action} shows for the object named {@code name} in its {@code list}. */
    private static long numberOf(String action, String body, String list, String field, String name) {
        List<Map<String, Object>> all = reservanto(action, body).then().statusCode(200)
                .body("IsError", equalTo(false)).extract().path(list);
        List<Long> numbers = all.stream().filter(o -> name.equals(o.get("Name")))
                .map(o -> ((Number) o.get(field)).longValue()).toList();
        assertThat(numbers).as(name + " in " + action).hasSize(1);
        return numbers.get(0);
    }

    // ---- Qmatic (seed 002) -------------------------------------------------------------------------------------

    @Test
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

    private static void awaitSize(java.util.function.Supplier<RequestSpecification> request, String path, int size)
            throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (request.get().get(path).then().statusCode(200).extract().jsonPath().getList("").size() == size) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not reach " + size + " items in 20 s");
    }

    private static final java.time.format.DateTimeFormatter QMATIC_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private static String reserve(String branch, String services, String start) {
        return qmatic().body("{\"branchId\":\"" + branch + "\",\"serviceIds\":[\"" + services.replace(",", "\",\"")
                        + "\"],\"timeSlot\":{\"startTime\":\"" + start + "\"}}")
                .post("/external/v1/serviceCombination/reservations").then().statusCode(201)
                .body("reservationId", notNullValue()).extract().path("reservationId");
    }

    @SuppressWarnings("unchecked")
    private static void assertAppointment(Map<String, Object> a, String id, Calendar calendar, String from, String to,
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

    private static RequestSpecification qmatic() {
        return qmatic("en_US");
    }

    private static RequestSpecification qmatic(String language) {
        try {
            return platform.api().header("X-TENANT-ID", platform.tenant()).header("Accept-Language", language);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Reservanto (seeds 001 and 004) ------------------------------------------------------------------------

    @Test
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
        reservanto("EmsLike/CreateBooking", seed.replace("\"CustomerId\": " + customer, "\"CustomerId\": 1"))
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

    @Test
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
    @Test
    void reservantoAnswersBadInputInItsEnvelope() {
        List<String> bodies = List.of("", "{}", "[]", "not json", "{\"CustomerId\":\"x\",\"AppointmentId\":-1}",
                "{\"BookingResourceId\":1.5,\"From\":\"yesterday\",\"To\":null}",
                "{\"CustomerId\":9223372036854775807,\"BookingStart\":-99999999999999,\"Count\":-1}",
                "{\"BookingResourceIds\":[\"a\",{}],\"From\":1,\"To\":2,\"Amount\":\"all\",\"Code\":7}");
        int answered = 0;
        for (String action : ACTIONS) {
            for (String body : bodies) {
                Response response = platform.api().body(body).post("/v1/" + action);
                assertThat(response.statusCode()).as(action + " " + body).isLessThan(500);
                if (response.statusCode() >= 400) {
                    assertThat(response.jsonPath().getBoolean("IsError")).as(action + " " + body).isTrue();
                    assertThat(response.jsonPath().getList("ErrorMessages")).as(action + " " + body).hasSize(1);
                }
                answered++;
            }
        }
        assertThat(answered).isEqualTo(ACTIONS.size() * bodies.size());
    }

    /** CareCloud, Qmatic and Recras: malformed input answers in the vendor's error shape, never a 500. */
    @Test
    void everyVendorAnswersBadInputInItsOwnShape() throws Exception {
        List<String> bodies = List.of("", "{}", "[]", "not json", "{\"product_reservation\":[]}",
                "{\"product_reservation\":{\"customer_id\":7,\"product_reservation_items\":[1,{\"amount\":\"x\"}]}}",
                "{\"status\":\"definitief\",\"customer\":{\"email\":5},\"products\":[{\"amount\":1,"
                        + "\"product_id\":\"one\",\"datetime\":\"tomorrow\"}],\"expiry\":\"2020-13-45\"}",
                "{\"status\":\"pending_online\",\"customer\":{\"email\":\"a@b.c\"},\"products\":[{\"amount\":0}]}",
                "{\"branchId\":\"x\",\"serviceIds\":\"\",\"timeSlot\":{\"startTime\":\"noon\"}}",
                "{\"reservationId\":[\"x\"],\"customer\":{\"personalIdentifier\":{}}}");
        Map<String, String> shapes = Map.of(
                CARECLOUD, "error.code",
                CARECLOUD + "/not-an-id/actions/cancel-reservation", "error.code",
                "/api2/book_products", "status",
                "/api2/boekingen/abc/set_status/definitief", "status",
                "/external/v1/serviceCombination/reservations", "errorCode");
        for (Map.Entry<String, String> route : shapes.entrySet()) {
            for (String body : bodies) {
                Response response = qmatic().body(body).post(route.getKey());
                assertThat(response.statusCode()).as(route.getKey() + " " + body).isBetween(400, 499);
                assertThat(response.jsonPath().getString(route.getValue())).as(route.getKey() + " " + body)
                        .isNotNull();
            }
        }
        for (String query : List.of("?count=-1", "?count=abc", "?offset=-5", "?sort_direction=UP", "?reservation_state=9",
                "?reservation_code=x", "?customer_id=%00")) {
            Response response = careCloud().get(CARECLOUD + query);
            assertThat(response.statusCode()).as(query).isLessThan(500);
            assertThat(response.statusCode() == 200 || response.jsonPath().get("error.code") != null).as(query).isTrue();
        }
        for (String path : List.of("appointments/not-a-guid", "appointments/search?personalIdentifier=",
                "branches/x/timeslots", "branches/" + java.util.UUID.randomUUID() + "/timeslots?serviceIds=a,b",
                "branches/" + java.util.UUID.randomUUID() + "/timeslots")) {
            Response response = qmatic().get("/external/v1/serviceCombination/" + path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.jsonPath().getString("errorCode")).as(path).isNotNull();
        }
    }

    private static final List<String> ACTIONS = List.of("Test/Echo", "Authorize/GetShortTimeToken", "Merchant/GetInfo",
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
            "Voucher/IsValid", "Voucher/PayForBooking", "Voucher/RefundBookingPayment", "Product/GetList");

    // ---- helpers -----------------------------------------------------------------------------------------------

    static String customer(String first, String last, String email, String personalIdentifier) {
        String identifier = personalIdentifier == null ? "" : ",\"personalIdentifier\":\"" + personalIdentifier + "\"";
        return platform.api().body("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"email\":\""
                        + email + "\",\"phone\":\"+420601000111\",\"birthDate\":\"2000-01-01\"" + identifier + "}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    static Response reservanto(String action, String body) {
        return platform.api().body(body).post("/v1/" + action);
    }

    static OffsetDateTime weekAhead(String time) {
        return daysAhead(7, time);
    }

    static OffsetDateTime daysAhead(int days, String time) {
        return LocalDate.now(Calendar.ZONE).plusDays(days).atTime(java.time.LocalTime.parse(time))
                .atZone(Calendar.ZONE).toOffsetDateTime();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
