package io.horae.compat.nativeapi;

import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

/** reservations-service's holds for one caller, in claims-api's types, which reservations-service answers and takes. */
public final class Holds {
    private static final String RESERVATIONS = "/api/v1/reservations";

    private final NativeApi.Calls calls;

    Holds(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /** Holds every line or none; a start just taken is a 409 {@link Refusal} with the next free ones. */
    public Future<ClaimedReservation> hold(HoldRequest request) {
        return calls.send(HttpMethod.POST, RESERVATIONS, request, ClaimedReservation.class);
    }
}
