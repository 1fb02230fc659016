package io.horae.compat.nativeapi;

import io.horae.catalogue.api.CombinationRequest;
import io.horae.catalogue.api.CombinationView;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.vertx.core.Future;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Holding several services in a row at one location at a chosen start, through the native API: the combination that
 * availability finds free at exactly that start, every leg one line of one hold, so that all are held or none.
 */
public final class ServiceCombinations {
    private ServiceCombinations() {
    }

    /**
     * Holds the first combination that starts exactly at {@code start}; a 409 naming {@code field} when none is free
     * there any more.
     */
    public static Future<ClaimedReservation> hold(NativeApi.Calls calls, List<UUID> services, UUID location,
                                                  OffsetDateTime start, String field) {
        return calls.catalogue().combinations(new CombinationRequest(services, location, start,
                start.plusMinutes(1))).compose(found -> {
            CombinationView combination = found.stream().filter(c -> c.start().isEqual(start)).findFirst()
                    .orElseThrow(() -> new Refusal(409, field, "the start is not free for these services any more"));
            List<LineRequest> lines = combination.legs().stream()
                    .map(leg -> LineRequest.serviceStart(leg.resourceId(), leg.serviceId(), leg.start(), null))
                    .toList();
            return calls.holds().hold(new HoldRequest(lines, null, null));
        });
    }
}
