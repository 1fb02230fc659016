package io.horae.booking;

import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A resource's calendar feed across the spring DST change in Prague (2027-03-28): both mornings at 09:00 local time
 * with TZID and the zone's VTIMEZONE, a cancelled booking CANCELLED with a higher SEQUENCE, nobody else's bookings,
 * and nothing once revoked. A customer's feed shows that customer's bookings.
 */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class CalendarFeedTest extends BookingServiceTest {
    private static final OffsetDateTime BEFORE_DST = OffsetDateTime.parse("2027-03-27T08:00:00Z");
    private static final OffsetDateTime AFTER_DST = OffsetDateTime.parse("2027-03-29T07:00:00Z");

    @Test
    void aResourceFeedKeepsWallClockTimesAcrossDstAndFollowsCancellations() throws Exception {
        UUID customer = knownCustomer("Kalendář", "Zimní");
        String before = book(BEFORE_DST, customer);
        String after = book(AFTER_DST, null);
        given().contentType("application/json").auth().oauth2(InternalTokens.of("other-" + tenant))
                .body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\""
                        + BEFORE_DST.plusHours(3) + "\"}]}").post("/api/v1/bookings").then().statusCode(201);
        String url = api().body("{\"resourceId\":\"" + resource + "\",\"timeZone\":\"Europe/Prague\"}")
                .post("/api/v1/calendar-feeds").then().statusCode(201).body("timeZone", equalTo("Europe/Prague"))
                .extract().path("url");
        String path = url.replaceFirst("^https?://[^/]+", "");

        Calendar feed = parse(given().get(path).then().statusCode(200).extract().asString());
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).as("the tenant's two bookings on the resource, not the other tenant's").hasSize(2);
        assertThat(feed.<VTimeZone>getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(zone.getTimeZoneId().orElseThrow().getValue()).isEqualTo("Europe/Prague"));
        for (VEvent event : events) {
            assertThat(event.getDateTimeStart().orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/Prague");
            assertThat(LocalDateTime.from(event.getDateTimeStart().orElseThrow().getDate()).toLocalTime())
                    .as("09:00 on both sides of the change").hasToString("09:00");
        }
        assertThat(events.stream().map(e -> Instant.from((ZonedDateTime) e.getDateTimeStart().orElseThrow().getDate())))
                .containsExactly(BEFORE_DST.toInstant(), AFTER_DST.toInstant());
        int sequence = event(events, before).getSequence().orElseThrow().getSequenceNo();

        api().body("{}").post("/api/v1/bookings/" + before + "/cancellation").then().statusCode(200);
        VEvent cancelled = event(parse(given().get(path).then().statusCode(200).extract().asString())
                .getComponents(Component.VEVENT), before);
        assertThat(cancelled.getStatus().orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().orElseThrow().getSequenceNo()).isGreaterThan(sequence);

        String customers = api().body("{\"customerId\":\"" + customer + "\"}").post("/api/v1/calendar-feeds").then()
                .statusCode(201).extract().path("url");
        List<VEvent> mine = parse(given().get(customers.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .extract().asString()).getComponents(Component.VEVENT);
        assertThat(mine).singleElement().satisfies(e -> assertThat(e.getUid().orElseThrow().getValue())
                .startsWith(before));
        assertThat(event(events, after)).isNotNull();

        String id = api().get("/api/v1/calendar-feeds").then().statusCode(200).body("items[0].url", nullValue())
                .extract().path("items[0].id");
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).delete("/api/v1/calendar-feeds/" + id).then()
                .statusCode(404);
        api().delete("/api/v1/calendar-feeds/" + id).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().get(path.replaceFirst("/feeds/[^/]+/", "/feeds/forged/")).then().statusCode(404);
    }

    @Test
    void aFeedNeedsOneSubjectAndAKnownZone() {
        api().body("{}").post("/api/v1/calendar-feeds").then().statusCode(400);
        api().body("{\"resourceId\":\"" + resource + "\",\"customerId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/calendar-feeds").then().statusCode(400);
        api().body("{\"resourceId\":\"" + resource + "\",\"timeZone\":\"Mars/Olympus\"}")
                .post("/api/v1/calendar-feeds").then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    private String book(OffsetDateTime at, UUID customer) {
        return api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                        + "\",\"start\":\"" + at + "\"}]" + (customer == null ? "" : ",\"customerId\":\"" + customer
                        + "\"") + "}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(List<VEvent> events, String booking) {
        return events.stream().filter(e -> e.getUid().orElseThrow().getValue().startsWith(booking)).findFirst()
                .orElseThrow();
    }
}
