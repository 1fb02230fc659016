package io.horae.e2e;

import io.restassured.specification.RequestSpecification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;

/**
 * A location in Prague with one service (60 min) on one resource, open every day from {@code open} to {@code close},
 * arranged through the gateway. {@code startsOfDay} are the starts offered a week from today.
 */
record Calendar(String location, String service, String resource, String starts, List<String> startsOfDay) {
    static final ZoneId ZONE = ZoneId.of("Europe/Prague");

    /** Open 09:00 to 12:00: three starts a day. */
    static Calendar arrange(Supplier<RequestSpecification> api, String name) {
        return arrange(api, name, "09:00", "12:00");
    }

    static Calendar arrange(Supplier<RequestSpecification> api, String name, String open, String close) {
        String location = api.get().body("{\"name\":\"" + name + "\",\"timeZone\":\"" + ZONE + "\"}")
                .post("/api/v1/locations").then().statusCode(201).extract().path("id");
        String service = api.get().body("{\"names\":{\"en\":\"Massage\"},\"durationMinutes\":60,\"price\":40,"
                + "\"currency\":\"EUR\"}").post("/api/v1/services").then().statusCode(201).extract().path("id");
        String resource = api.get().body("{\"name\":\"Alena\",\"locationId\":\"" + location + "\",\"kind\":\"STAFF\"}")
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        api.get().body("{\"serviceIds\":[\"" + service + "\"]}").put("/api/v1/resources/" + resource + "/services")
                .then().statusCode(200);
        StringBuilder week = new StringBuilder("{\"rules\":[");
        for (DayOfWeek day : DayOfWeek.values()) {
            week.append("{\"day\":\"").append(day).append("\",\"start\":\"").append(open).append("\",\"end\":\"")
                    .append(close).append("\"},");
        }
        week.setCharAt(week.length() - 1, ']');
        api.get().body(week.append('}').toString()).put("/api/v1/working-hours/" + resource).then().statusCode(200);
        String starts = startsQuery(service, resource, LocalDate.now().plusDays(7));
        int hours = Integer.parseInt(close.substring(0, 2)) - Integer.parseInt(open.substring(0, 2));
        List<String> startsOfDay = api.get().get(starts).then().statusCode(200).body("size()", equalTo(hours))
                .extract().path("start");
        return new Calendar(location, service, resource, starts, startsOfDay);
    }

    /** The availability query for the starts offered on {@code day}. */
    String startsOn(LocalDate day) {
        return startsQuery(service, resource, day);
    }

    String line(String start) {
        return "{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\"" + start + "\"}";
    }

    private static String startsQuery(String service, String resource, LocalDate day) {
        ZonedDateTime from = day.atStartOfDay(ZONE);
        return "/api/v1/availability?serviceId=" + service + "&resourceId=" + resource + "&from="
                + from.toOffsetDateTime() + "&to=" + from.plusDays(1).toOffsetDateTime();
    }
}
