package io.horae.e2e;

import io.horae.testing.Concurrently;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks on the booking invariants, for any platform: one replica ({@link AttackIT}) or several behind their
 * gateways ({@link ReplicaAttackIT}, where {@link Platform#post} takes the gateways in turn). Each checks the databases
 * afterwards and answers the line for the attack report.
 */
final class Invariants {
    private Invariants() {
    }

    /** {@code clients} clients book one slot at once: one booking, one claim, everyone else a clear no. */
    static String crowdOnOneSlot(Platform platform, int clients) throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Race");
        String start = calendar.startsOfDay().get(0);
        String body = "{\"lines\":[" + calendar.line(start) + "]}";
        List<HttpResponse<String>> responses = Concurrently.send(clients,
                () -> platform.post("/api/v1/bookings", body).build());

        Map<Integer, Long> statuses = statuses(responses);
        long booked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE status <> 'CANCELLED' "
                + "AND lines LIKE '%" + calendar.resource() + "%'");
        long claims = platform.count("horae_reservations", "SELECT count(*) FROM claim WHERE active AND resource_id = '"
                + calendar.resource() + "'");
        assertThat(statuses.get(201)).as("bookings answered 201 " + statuses).isEqualTo(1);
        // the others learn the slot is taken (409) or, while the just-started services are swamped, that nothing
        // was booked and they may try again (503); the report keeps the count of each
        assertThat(statuses.keySet()).allMatch(s -> s == 201 || s == 409 || s == 503);
        assertThat(booked).isEqualTo(1);
        assertThat(claims).isEqualTo(1);
        return "statuses " + statuses + "; bookings in SQL " + booked + ", active claims " + claims;
    }

    /** {@code retries} concurrent retries with one Idempotency-Key: one booking, one claim, one answer. */
    static String retriesWithOneKey(Platform platform, int retries) throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Retries");
        String key = "retry-" + System.nanoTime();
        String body = "{\"lines\":[" + calendar.line(calendar.startsOfDay().get(1)) + "]}";
        List<HttpResponse<String>> responses = Concurrently.send(retries,
                () -> platform.post("/api/v1/bookings", body).header("Idempotency-Key", key).build());

        Set<String> bodies = responses.stream().map(HttpResponse::body).collect(Collectors.toSet());
        long booked = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE lines LIKE '%"
                + calendar.resource() + "%'");
        long holds = platform.count("horae_reservations", "SELECT count(DISTINCT reservation_id) FROM claim "
                + "WHERE resource_id = '" + calendar.resource() + "'");
        assertThat(statuses(responses)).containsOnlyKeys(201);
        assertThat(bodies).hasSize(1);
        assertThat(booked).isEqualTo(1);
        assertThat(holds).isEqualTo(1);
        return "statuses " + statuses(responses) + "; distinct bodies " + bodies.size() + "; bookings in SQL "
                + booked + ", holds " + holds;
    }

    /**
     * {@code owed} sessions owed to a customer (service substitutions, granted at once) and {@code bookings} of theirs
     * paid with them all at once: each session pays exactly one booking, every other payment is refused with 409,
     * and nothing is owed any more.
     */
    static String owedSessionsPayAsManyBookings(Platform platform, int bookings, int owed) throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Owed", "08:00", "18:00");
        String customer = platform.api().body("{\"firstName\":\"Radek\",\"lastName\":\"Dlužný\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        List<Object> granted = platform.api().body("{\"serviceId\":\"" + calendar.service() + "\",\"count\":" + owed
                        + ",\"validUntil\":\"" + java.time.LocalDate.now().plusDays(30)
                        + "\",\"reason\":\"lessons cancelled\"}")
                .post("/api/v1/customers/" + customer + "/substitutions").then().statusCode(201).extract().path("");
        List<String> ids = new java.util.ArrayList<>();
        for (String start : calendar.startsOfDay().subList(0, bookings)) {
            ids.add(platform.api().body("{\"lines\":[" + calendar.line(start) + "],\"customerId\":\"" + customer
                    + "\"}").post("/api/v1/bookings").then().statusCode(201).extract().path("id"));
        }
        java.util.Iterator<String> next = ids.iterator();
        List<HttpResponse<String>> responses = Concurrently.send(bookings, () -> {
            synchronized (next) {
                return platform.post("/api/v1/bookings/" + next.next() + "/payments", "{\"method\":\"SUBSTITUTION\"}")
                        .build();
            }
        });
        long paid = platform.count("horae_booking", "SELECT count(*) FROM booking WHERE payment_status = 'PAID' "
                + "AND id IN " + sqlList(ids));
        List<Object> left = platform.api().get("/api/v1/customers/" + customer + "/substitutions?free=true").then()
                .statusCode(200).extract().path("");
        assertThat(granted).hasSize(owed);
        assertThat(statuses(responses)).containsEntry(200, (long) owed).containsOnlyKeys(200, 409);
        assertThat(paid).isEqualTo(owed);
        assertThat(left).isEmpty();
        return "statuses " + statuses(responses) + "; bookings paid in SQL " + paid + "; sessions still owed "
                + left.size();
    }

    /**
     * Clients book during load while the processes named (as in the ready file: {@code booking},
     * {@code reservations-2}, …) are killed with SIGKILL one after the other; once they are back, every booking
     * answered 201 is in SQL with its confirmed claim, no confirmed claim lacks its booking, no claims overlap.
     */
    static String killDuringLoad(Platform platform, String... victims) throws Exception {
        Calendar calendar = Calendar.arrange(platform::api, "Crash", "08:00", "20:00");
        List<String> starts = startsOver(platform, calendar, 5);
        var ready = platform.ready();
        Load load = new Load(platform, starts, 3, false);
        for (int i = 0; i < victims.length; i++) {
            load.killAfter(8 + 22 * i, victims[i], ready.getProperty("pid." + victims[i]));
        }
        load.run();
        awaitTrue(Duration.ofMinutes(3), () -> {
            var now = platform.ready();
            for (String victim : victims) {
                if (now.getProperty("pid." + victim).equals(ready.getProperty("pid." + victim))
                        || now.getProperty("ready_ms." + victim) == null) {
                    return false;
                }
            }
            return true;
        });

        // held claims whose booking was never committed are released after the grace (15 s here)
        Map<String, String> bookings = new HashMap<>();
        Map<String, String[]> holds = new HashMap<>();
        awaitTrue(Duration.ofMinutes(2), () -> {
            bookings.clear();
            holds.clear();
            bookings.putAll(rows(platform, "horae_booking", "SELECT id, reservation_id FROM booking WHERE lines LIKE '%"
                    + calendar.resource() + "%'", r -> r[1]));
            holds.putAll(rows(platform, "horae_reservations", "SELECT DISTINCT r.id, r.status, "
                    + "coalesce(r.booking_id::text, '') FROM reservation r JOIN claim c ON c.reservation_id = r.id "
                    + "WHERE c.resource_id = '" + calendar.resource() + "'", r -> r));
            return holds.values().stream().noneMatch(h -> h[1].equals("CONFIRMED") && !bookings.containsKey(h[2]));
        });
        List<String> lost = load.booked().stream().filter(id -> !bookings.containsKey(id)).toList();
        List<String> withoutClaim = bookings.entrySet().stream().filter(b -> {
            String[] hold = holds.get(b.getValue());
            return hold == null || !hold[1].equals("CONFIRMED") || !hold[2].equals(b.getKey());
        }).map(Map.Entry::getKey).toList();
        List<String> claimWithoutBooking = holds.values().stream()
                .filter(h -> h[1].equals("CONFIRMED") && !bookings.containsKey(h[2])).map(h -> h[0]).toList();
        Map<String, Long> holdStates = holds.values().stream().collect(Collectors.groupingBy(h -> h[1],
                TreeMap::new, Collectors.counting()));
        assertThat(load.killed()).containsExactlyInAnyOrder(victims);
        assertThat(lost).isEmpty();
        assertThat(withoutClaim).isEmpty();
        assertThat(claimWithoutBooking).isEmpty();
        assertThat(platform.count("horae_reservations", "SELECT count(*) FROM claim a JOIN claim b ON a.id < b.id "
                + "AND a.resource_id = b.resource_id AND a.active AND b.active AND a.capacity_key IS NULL "
                + "AND b.capacity_key IS NULL AND tstzrange(a.footprint_start, a.footprint_end) "
                + "&& tstzrange(b.footprint_start, b.footprint_end)")).as("overlapping claims").isZero();
        return load.summary() + "; bookings answered 201 " + load.booked().size() + ", in SQL " + bookings.size()
                + ", lost " + lost.size() + ", without a confirmed claim " + withoutClaim.size()
                + ", confirmed claims without a booking " + claimWithoutBooking.size() + "; reservations by state "
                + holdStates;
    }

    /** The starts offered on the {@code days} days from a week ahead, as booking lines. */
    static List<String> startsOver(Platform platform, Calendar calendar, int days) {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            List<String> starts = platform.api().get(calendar.startsOn(LocalDate.now().plusDays(7 + d))).then()
                    .statusCode(200).extract().path("start");
            starts.forEach(s -> lines.add(calendar.line(s)));
        }
        return lines;
    }

    static long countOffered(Platform platform, Calendar calendar, int days, List<String> lines) {
        long offered = 0;
        for (int d = 0; d < days; d++) {
            List<String> starts = platform.api().get(calendar.startsOn(LocalDate.now().plusDays(7 + d))).then()
                    .statusCode(200).extract().path("start");
            offered += starts.stream().filter(s -> lines.stream().anyMatch(l -> l.contains(s))).count();
        }
        return offered;
    }

    static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new,
                Collectors.counting()));
    }

    static String sqlList(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
    }

    static <T> Map<String, T> rows(Platform platform, String database, String query, Function<String[], T> row)
            throws Exception {
        Map<String, T> rows = new HashMap<>();
        try (Connection db = platform.database(database); ResultSet rs = db.createStatement().executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getString(i + 1);
                }
                rows.put(values[0], row.apply(values));
            }
        }
        return rows;
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void awaitTrue(Duration within, Check check) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true within " + within);
            }
            Thread.sleep(500);
        }
    }
}
