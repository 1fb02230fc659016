package io.horae.e2e;

import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CareCloud, Qmatic and Recras routes fed malformed input: each answers in its own shape, never a 500. */
final class VendorBadInput extends VendorClients {
    VendorBadInput(Platform platform) {
        super(platform);
    }

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
}
