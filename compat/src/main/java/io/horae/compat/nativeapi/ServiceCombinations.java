package io.horae.compat.nativeapi;

import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Several services in a row at one location, through the native API: the combinations free in a window
 * ({@code POST /api/v1/availability/combinations}), and holding the one that starts at a chosen time (every leg one
 * line of one hold, so that all are held or none).
 */
public final class ServiceCombinations {
    private ServiceCombinations() {
    }

    /** The combinations starting in {@code [from, to)}, each {@code {start, end, legs: [...]}}, earliest first. */
    public static Future<List<JsonObject>> find(NativeApi.Calls calls, List<String> services, String location,
                                                OffsetDateTime from, OffsetDateTime to) {
        JsonObject question = new JsonObject().put("serviceIds", new JsonArray(services)).put("locationId", location)
                .put("from", from.toString()).put("to", to.toString());
        return calls.send(io.vertx.core.http.HttpMethod.POST, "/api/v1/availability/combinations", question)
                .map(found -> ((JsonArray) found).stream().map(JsonObject.class::cast).toList());
    }

    /**
     * Holds the first combination that starts exactly at {@code start}; a 409 naming {@code field} when none is free
     * there any more.
     */
    public static Future<ClaimedReservation> hold(NativeApi.Calls calls, List<String> services, String location,
                                                  OffsetDateTime start, String field) {
        return find(calls, services, location, start, start.plusMinutes(1)).compose(found -> {
            JsonObject combination = found.stream().filter(c -> OffsetDateTime.parse(c.getString("start"))
                    .isEqual(start)).findFirst().orElseThrow(() -> new Refusal(409, field,
                    "the start is not free for these services any more"));
            List<LineRequest> lines = combination.getJsonArray("legs").stream().map(JsonObject.class::cast)
                    .map(leg -> LineRequest.serviceStart(UUID.fromString(leg.getString("resourceId")),
                            UUID.fromString(leg.getString("serviceId")), OffsetDateTime.parse(leg.getString("start")),
                            null))
                    .toList();
            return calls.holds().hold(new HoldRequest(lines, null, null));
        });
    }
}
