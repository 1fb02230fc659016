package io.horae.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Recras's book_products (seed 003) replayed, with its set_status links, expiry rules and refusals. */
final class RecrasReplay extends VendorClients {
    RecrasReplay(Platform platform) {
        super(platform);
    }

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
        // the customer's company "will be used for the booking as well": kept as the booking's value company_id,
        // defined for the merchant (a number, scope BOOKING) by the first booking that names one
        platform.api().get("/api/v1/bookings/" + booking).then().body("customValues.company_id", equalTo(2));
        String company = platform.api().queryParam("scope", "BOOKING").get("/api/v1/custom-value-definitions")
                .then().statusCode(200).body("find { it.key == 'company_id' }.type", equalTo("NUMBER"))
                .extract().path("find { it.key == 'company_id' }.id");
        recras().body(seed.replace("\"company_id\": 2", "\"company_id\": \"two\"")).post("/api2/book_products")
                .then().statusCode(400).body("field", equalTo("customer.company_id"));

        // pending_online waits for its payment until the end of the expiry day (today by default)
        String pending = seed.replace("\"reservering\"", "\"pending_online\"").replace("\"bar\"", "\"Bar-Baz\"")
                .replace("050-2112222", "050-3113333");
        JsonPath online = recras().body(pending).post("/api2/book_products").then().statusCode(201).extract().jsonPath();
        assertThat(platform.count("horae_customer", "select count(*) from customer where email = 'foo@bar.nl'"))
                .as("the customer is found by e-mail, not created twice").isEqualTo(1);
        // the customer found by e-mail takes the name and phone this request gives
        platform.api().get("/api/v1/customers/" + customer).then().body("lastName", equalTo("Bar-Baz"))
                .body("phone", equalTo("+31503113333"));
        String waiting = platform.api().queryParam("status", "PENDING_PAYMENT").queryParam("customerId", customer)
                .get("/api/v1/bookings").then().extract().path("items[0].id");
        String expiresAt = platform.api().get("/api/v1/bookings/" + waiting).then()
                .body("status", equalTo("PENDING_PAYMENT")).extract().path("expiresAt");
        assertThat(OffsetDateTime.parse(expiresAt)).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                .plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime());
        recras().post(online.getString("_links.'recras:booking:set_status:cancelled'.href")).then().statusCode(200)
                .body("status", equalTo("geannuleerd"));
        platform.api().get("/api/v1/bookings/" + waiting).then().body("status", equalTo("CANCELLED"))
                .body("customValues.company_id", equalTo(2));
        // a merchant who retired the definition keeps no company on new bookings, and they are still made
        platform.api().post("/api/v1/custom-value-definitions/" + company + "/deactivation").then().statusCode(200);
        JsonPath withoutCompany = recras().body(seed.replace("\"reservering\"", "\"definitief\""))
                .post("/api2/book_products").then().statusCode(201).extract().jsonPath();
        String made = platform.api().queryParam("reference", withoutCompany.getString("ref"))
                .get("/api/v1/bookings").then().extract().path("items[0].id");
        platform.api().get("/api/v1/bookings/" + made).then().body("status", equalTo("CONFIRMED"))
                .body("customValues", equalTo(java.util.Map.of()));
        recras().post(withoutCompany.getString("_links.'recras:booking:set_status:cancelled'.href")).then()
                .statusCode(200).body("status", equalTo("geannuleerd"));
        platform.api().post("/api/v1/custom-value-definitions/" + company + "/activation").then().statusCode(200);

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
}
