package io.horae.compat.qmatic;

import io.horae.catalogue.api.CombinationRequest;
import io.horae.catalogue.api.LocationView;
import io.horae.claims.ClaimedReservation;
import io.horae.compat.Uuids;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.compat.nativeapi.ServiceCombinations;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Time slots for several services in a row at a branch, from availability's combinations, and holding one. */
final class TimeSlots {
    private TimeSlots() {
    }

    /** The day or range asked for, in the branch's zone. */
    record Window(OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
    }

    static List<UUID> serviceIds(Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof String csv) {
            for (String id : csv.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(id -> ids.add(String.valueOf(id)));
        }
        if (ids.isEmpty()) {
            throw Refusal.badField("serviceIds", "must name at least one service");
        }
        return ids.stream().map(id -> Uuids.existingId(id, "service")).toList();
    }

    static Window window(RoutingContext context, LocationView branch) {
        ZoneId zone = ZoneId.of(branch.timeZone());
        String date = context.request().getParam("date");
        try {
            if (context.request().getParam("from") != null && context.request().getParam("to") != null) {
                return new Window(OffsetDateTime.parse(context.request().getParam("from")),
                        OffsetDateTime.parse(context.request().getParam("to")), zone);
            }
            LocalDate day = date == null ? LocalDate.now(zone) : LocalDate.parse(date);
            return new Window(day.atStartOfDay(zone).toOffsetDateTime(),
                    day.plusDays(1).atStartOfDay(zone).toOffsetDateTime(), zone);
        } catch (DateTimeParseException e) {
            throw Refusal.badField(date != null ? "date" : "from", "is not a valid date or time");
        }
    }

    /** One time slot per distinct start, as {@code {startTime, endTime}} in the branch's zone. */
    static Future<JsonArray> find(NativeApi.Calls calls, List<UUID> services, UUID branchId, Window window) {
        CombinationRequest question = new CombinationRequest(services, branchId, window.from(), window.to());
        return calls.catalogue().combinations(question).map(found -> {
            Map<Instant, JsonObject> byStart = new LinkedHashMap<>();
            found.forEach(c -> byStart.putIfAbsent(c.start().toInstant(),
                    Appointments.timeSlot(c.start(), c.end(), window.zone())));
            return new JsonArray(List.copyOf(byStart.values()));
        });
    }

    /** Holds the first combination starting at {@code timeSlot.startTime}; 409 when none is free any more. */
    static Future<ClaimedReservation> reserve(NativeApi.Calls calls, JsonObject body) {
        UUID branchId = Uuids.existingId(body.getString("branchId"), "branch");
        List<UUID> services = serviceIds(body.getValue("serviceIds"));
        JsonObject slot = body.getJsonObject("timeSlot");
        if (slot == null || slot.getString("startTime") == null) {
            throw Refusal.badField("timeSlot.startTime", "is required");
        }
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(slot.getString("startTime"));
        } catch (DateTimeParseException e) {
            throw Refusal.badField("timeSlot.startTime", "must be a date-time with offset");
        }
        return ServiceCombinations.hold(calls, services, branchId, start, "timeSlot.startTime");
    }
}
