package io.horae.booking.booking;

import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Holds confirmed for a booking that is not committed yet. Before a hold is confirmed it is written down here; the
 * booking's commit deletes it in the same transaction. If booking-service dies in between, the row stays, and after
 * the grace period the hold is released so no capacity stays claimed without a booking. The commit and the sweep
 * lock the same row, so exactly one of them wins.
 */
@ApplicationScoped
public class HoldsInFlight {
    private static final Logger LOG = Logger.getLogger(HoldsInFlight.class);

    private final Reservations reservations;
    private final BookingSettings settings;
    private final Mutiny.SessionFactory sessions;
    private final Clock clock = Clock.systemUTC();

    public HoldsInFlight(Reservations reservations, BookingSettings settings, Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
        this.reservations = reservations;
        this.settings = settings;
    }

    /**
     * Writes the hold down before it is confirmed for {@code bookingId}, committed at once in a session of its own:
     * the request's own transaction (an Idempotency-Key's) would otherwise take the row with it if the process died.
     */
    public Uni<Void> announce(String tenantId, UUID reservationId, UUID bookingId) {
        return sessions.withStatelessTransaction(s -> s.createNativeQuery("""
                        INSERT INTO hold_in_flight (reservation_id, tenant_id, booking_id, created_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT (reservation_id) DO NOTHING""")
                .setParameter(1, reservationId).setParameter(2, tenantId).setParameter(3, bookingId)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate()).replaceWithVoid();
    }

    /** The booking is being committed with the hold: in the caller's transaction; refused if the sweep took it. */
    public Uni<Void> settle(UUID reservationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "DELETE FROM hold_in_flight WHERE reservation_id = ?1").setParameter(1, reservationId)
                .executeUpdate()).invoke(deleted -> {
            if (deleted == 0) {
                throw ProblemException.conflict("the hold " + reservationId + " was given up before the booking "
                        + "could be committed; book again");
            }
        }).replaceWithVoid();
    }

    /** Releases the holds whose booking was never committed; a hold that cannot be released now is tried again. */
    @Scheduled(every = "${horae.booking.hold-in-flight-sweep:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithTransaction
    Uni<Void> releaseAbandoned() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(settings.holdInFlightGrace());
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                                SELECT reservation_id, tenant_id FROM hold_in_flight WHERE created_at < ?1
                                ORDER BY created_at LIMIT 50 FOR UPDATE SKIP LOCKED""", Object[].class)
                        .setParameter(1, before).getResultList())
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> release((UUID) row[0], (String) row[1]))
                        .collect().asList())
                .replaceWithVoid();
    }

    private Uni<Void> release(UUID reservationId, String tenantId) {
        return reservations.releaseOnItsOwnOrFail(tenantId, reservationId, "booking not committed")
                .replaceWith(true)
                .onFailure(e -> e instanceof ProblemException p && p.status() < 500).recoverWithItem(true)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("hold %s not released yet (%s); trying again", reservationId, e.getMessage());
                    return false;
                })
                .chain(released -> !released ? Uni.createFrom().voidItem() : Panache.getSession()
                        .chain(s -> s.createNativeQuery("DELETE FROM hold_in_flight WHERE reservation_id = ?1")
                                .setParameter(1, reservationId).executeUpdate())
                        .invoke(() -> LOG.infof("released hold %s: its booking was never committed", reservationId))
                        .replaceWithVoid());
    }
}
