package io.horae.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The vendors' clients against one platform: their credentials and headers, and the data helpers they share. */
abstract class VendorClients {
    static final String CARECLOUD = "/rest-api/enterprise-interface/v1.0/product-reservations";

    protected final Platform platform;

    VendorClients(Platform platform) {
        this.platform = platform;
    }

    RequestSpecification careCloud() {
        return given().auth().preemptive().basic("enterpriseinterface", platform.key())
                .header("Accept-Language", "cs, en-gb;q=0.8").contentType(ContentType.JSON);
    }

    int stock(String product) {
        return platform.api().get("/api/v1/products/" + product + "/stock").then().statusCode(200)
                .extract().path("[0].quantity");
    }

    RequestSpecification recras() {
        return platform.api();
    }

    /** The numeric id Reservanto's {@code action} shows for the object named {@code name} in its {@code list}. */
    long numberOf(String action, String body, String list, String field, String name) {
        List<Map<String, Object>> all = reservanto(action, body).then().statusCode(200)
                .body("IsError", equalTo(false)).extract().path(list);
        List<Long> numbers = all.stream().filter(o -> name.equals(o.get("Name")))
                .map(o -> ((Number) o.get(field)).longValue()).toList();
        assertThat(numbers).as(name + " in " + action).hasSize(1);
        return numbers.get(0);
    }


    void awaitSize(java.util.function.Supplier<RequestSpecification> request, String path, int size)
            throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (request.get().get(path).then().statusCode(200).extract().jsonPath().getList("").size() == size) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " did not reach " + size + " items in 20 s");
    }

    static final DateTimeFormatter QMATIC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");


    RequestSpecification qmatic() {
        return qmatic("en_US");
    }

    RequestSpecification qmatic(String language) {
        try {
            return platform.api().header("X-TENANT-ID", platform.tenant()).header("Accept-Language", language);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


    String customer(String first, String last, String email, String personalIdentifier) {
        String identifier = personalIdentifier == null ? "" : ",\"personalIdentifier\":\"" + personalIdentifier + "\"";
        return platform.api().body("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"email\":\""
                        + email + "\",\"phone\":\"+420601000111\",\"birthDate\":\"2000-01-01\"" + identifier + "}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    Response reservanto(String action, String body) {
        return platform.api().body(body).post("/v1/" + action);
    }

    OffsetDateTime weekAhead(String time) {
        return daysAhead(7, time);
    }

    OffsetDateTime daysAhead(int days, String time) {
        return LocalDate.now(Calendar.ZONE).plusDays(days).atTime(java.time.LocalTime.parse(time))
                .atZone(Calendar.ZONE).toOffsetDateTime();
    }
}
