package io.horae.availability;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Questions that would cost availability minutes are bounded, and one tenant's questions wait behind its own. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class AvailabilityLimitsTest {
    private static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    private static final LocalDate DAY = LocalDate.of(2027, 5, 3);

    /** A location whose resources work 09:00–17:00 every day and offer one service with 1-minute steps. */
    private record Shop(String tenant, String location, String service, List<String> resources) {
        static Shop of(int resources, int durationMinutes) {
            String tenant = "limits-" + UUID.randomUUID().toString().substring(0, 8);
            String location = api(tenant).body("{\"name\":\"Main\",\"timeZone\":\"Europe/Prague\"}")
                    .post("/api/v1/locations").then().statusCode(201).extract().path("id");
            String service = service(tenant, durationMinutes);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < resources; i++) {
                ids.add(resource(tenant, location, service, true));
            }
            return new Shop(tenant, location, service, ids);
        }

        static String service(String tenant, int durationMinutes) {
            return api(tenant).body("{\"names\":{\"en\":\"Cut\"},\"durationMinutes\":" + durationMinutes
                            + ",\"stepMinutes\":1,\"maximumDaysAhead\":1000}")
                    .post("/api/v1/services").then().statusCode(201).extract().path("id");
        }

        static String resource(String tenant, String location, String service, boolean working) {
            String id = api(tenant).body("{\"name\":\"Chair\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                    .post("/api/v1/resources").then().statusCode(201).extract().path("id");
            api(tenant).body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + id + "/services")
                    .then().statusCode(200);
            StringBuilder week = new StringBuilder("{\"rules\":[");
            if (working) {
                for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
                    week.append("{\"day\":\"").append(day).append("\",\"start\":\"09:00\",\"end\":\"17:00\"},");
                }
                week.setLength(week.length() - 1);
            }
            api(tenant).body(week.append("]}").toString()).put("/api/v1/working-hours/" + id).then().statusCode(200);
            return id;
        }

        /**
         * Nine times the service, then one that only a resource that never works offers: nothing can fit, and a
         * search that tries every choice of resource for the nine tries 3⁹ of them at each start.
         */
        String impossibleCombination() {
            String never = service(tenant, 10);
            resource(tenant, location, never, false);
            List<String> services = new ArrayList<>(Collections.nCopies(9, "\"" + service + "\""));
            services.add("\"" + never + "\"");
            OffsetDateTime from = DAY.atStartOfDay(PRAGUE).toOffsetDateTime();
            return "{\"serviceIds\":" + services + ",\"locationId\":\"" + location + "\",\"from\":\"" + from
                    + "\",\"to\":\"" + from.plusDays(1) + "\"}";
        }

        Response ask(String combination) {
            return api(tenant).body(combination).post("/api/v1/availability/combinations");
        }
    }

    @Test
    void aCombinationThatBacktracksWithoutEndIsRefusedAsTooBig() {
        Shop shop = Shop.of(3, 10);
        shop.ask(shop.impossibleCombination()).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serviceIds"));
    }

    @Test
    void aLongRangeComesInPartsThatFollowOneAnother() {
        Shop shop = Shop.of(3, 30);
        OffsetDateTime from = DAY.atStartOfDay(PRAGUE).toOffsetDateTime();
        String question = "/api/v1/availability?serviceId=" + shop.service() + "&locationId=" + shop.location()
                + "&from=" + from.toInstant() + "&to=" + from.plusDays(93).toInstant();
        Response first = api(shop.tenant()).get(question);
        first.then().statusCode(200);
        List<String> starts = first.jsonPath().getList("start");
        assertThat(starts).hasSizeLessThanOrEqualTo(5000).hasSizeGreaterThan(4900);
        String link = first.header("Link");
        assertThat(link).as("a link to the rest").endsWith(">; rel=\"next\"");
        String next = link.substring(1, link.indexOf('>'));
        Response second = api(shop.tenant()).urlEncodingEnabled(false).get(next);
        second.then().statusCode(200);
        String lastOfFirst = starts.get(starts.size() - 1);
        String firstOfSecond = second.jsonPath().getString("[0].start");
        assertThat(firstOfSecond).isGreaterThan(lastOfFirst);
        // 3 resources × 451 starts a day (09:00–16:30 at 1-minute steps): the first part ends at a whole start
        assertThat(starts.size() % 3).isZero();
        assertThat(OffsetDateTime.parse(firstOfSecond).toInstant())
                .isEqualTo(OffsetDateTime.parse(lastOfFirst).toInstant().plusSeconds(60));
    }

    @Test
    void aRangeWithTooManyCandidateStartsIsRefused() {
        Shop shop = Shop.of(16, 30);
        OffsetDateTime from = DAY.atStartOfDay(PRAGUE).toOffsetDateTime();
        api(shop.tenant()).get("/api/v1/availability/days?serviceId=" + shop.service() + "&locationId="
                        + shop.location() + "&from=" + from.toInstant() + "&to=" + from.plusDays(93).toInstant())
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
    }

    @Test
    void oneTenantsHeavyQuestionsDoNotHoldUpAnotherTenant() {
        Shop heavy = Shop.of(3, 10);
        Shop light = Shop.of(1, 30);
        String impossible = heavy.impossibleCombination();
        ExecutorService askers = Executors.newFixedThreadPool(16);
        List<CompletableFuture<Integer>> flood = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> heavy.ask(impossible).statusCode(), askers))
                .toList();
        OffsetDateTime from = DAY.atStartOfDay(PRAGUE).toOffsetDateTime();
        api(light.tenant()).get("/api/v1/availability?serviceId=" + light.service() + "&resourceId="
                        + light.resources().get(0) + "&from=" + from.toInstant() + "&to=" + from.plusDays(1).toInstant())
                .then().statusCode(200);
        long unanswered = flood.stream().filter(f -> !f.isDone()).count();
        flood.forEach(CompletableFuture::join);
        askers.shutdown();
        assertThat(unanswered).as("heavy questions still unanswered when the light one was answered")
                .isGreaterThanOrEqualTo(8);
    }

    private static RequestSpecification api(String tenant) {
        return given().log().ifValidationFails().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
