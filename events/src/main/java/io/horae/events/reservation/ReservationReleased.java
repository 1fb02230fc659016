package io.horae.events.reservation;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/** A hold or a confirmed reservation was released; {@code lines} are the claims it freed. */
@RegisterForReflection
public record ReservationReleased(UUID reservationId, String reason, List<ClaimedLine> lines) {
    public static final EventType<ReservationReleased> TYPE =
            new EventType<>("reservation.released.v1", Topics.RESERVATIONS, ReservationReleased.class);

    /** Events written before {@code lines} existed read as freeing nothing known. */
    public ReservationReleased {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public ReservationReleased(UUID reservationId, String reason) {
        this(reservationId, reason, List.of());
    }
}
