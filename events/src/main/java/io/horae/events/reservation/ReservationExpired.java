package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/** A hold was not confirmed in time and expired; {@code lines} are the claims it freed. */
@RegisterForReflection
public record ReservationExpired(UUID reservationId, List<ClaimedLine> lines) {
    public static final EventType<ReservationExpired> TYPE =
            new EventType<>("reservation.expired.v1", Topics.RESERVATIONS, ReservationExpired.class);

    /** Events written before {@code lines} existed read as freeing nothing known. */
    public ReservationExpired {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public ReservationExpired(UUID reservationId) {
        this(reservationId, List.of());
    }
}
