package io.horae.booking.placement;

import io.horae.booking.reservations.Reservations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims asked for a booking that is not committed yet. Before booking-service asks reservations-service to claim,
 * it writes the claim down here (a statement of its own, so a crash cannot take it along); the booking's commit
 * settles it in the commit's transaction. A claim still in flight after the grace period (booking-service died, or
 * its compensation failed) is given up, which no later commit can undo, and then released, so no capacity stays
 * claimed without a booking.
 */
@ApplicationScoped
public class ClaimsInFlight {
    private static final Logger LOG = Logger.getLogger(ClaimsInFlight.class);
    private static final String RECORD = """
            INSERT INTO claim_in_flight (reservation_id, tenant_id, booking_id, created_at) VALUES ($1, $2, $3, $4)""";
    private static final String SETTLE = """
            DELETE FROM claim_in_flight WHERE reservation_id = $1 AND given_up_at IS NULL""";
    private static final String FORGET = "DELETE FROM claim_in_flight WHERE reservation_id = $1";
    /** The compensation gives its claim up and takes the release on itself. */
    private static final String GIVE_UP = """
            UPDATE claim_in_flight SET given_up_at = $2, release_until = $3
            WHERE reservation_id = $1 AND given_up_at IS NULL""";
    private static final String GIVE_UP_STALE = """
            UPDATE claim_in_flight SET given_up_at = $2 WHERE given_up_at IS NULL AND created_at < $1""";
    /** Given-up claims nobody is releasing, taken by this sweep: each by one sweep, whichever replica runs it. */
    private static final String TAKE_GIVEN_UP = """
            UPDATE claim_in_flight SET release_until = $2
            WHERE reservation_id IN (SELECT reservation_id FROM claim_in_flight
                                     WHERE given_up_at IS NOT NULL AND (release_until IS NULL OR release_until < $1)
                                     ORDER BY given_up_at LIMIT 50 FOR UPDATE SKIP LOCKED)
            RETURNING reservation_id, tenant_id, booking_id""";
    /** How long a releaser has before another may release the same claim. */
    private static final Duration RELEASE_TURN = Duration.ofSeconds(30);

    private final Pool pool;
    private final Reservations reservations;
    private final PlacementSettings settings;
    private final Clock clock = Clock.systemUTC();

    ClaimsInFlight(Pool pool, Reservations reservations, PlacementSettings settings) {
        this.pool = pool;
        this.reservations = reservations;
        this.settings = settings;
    }

    /** Writes down that reservation {@code reservationId} is about to be claimed for the booking. */
    Uni<Void> record(String tenantId, UUID reservationId, UUID bookingId) {
        return pool.preparedQuery(RECORD)
                .execute(Tuple.of(reservationId, tenantId, bookingId, OffsetDateTime.now(clock))).replaceWithVoid();
    }

    /** The booking commits with its claim, in the transaction of {@code connection}; refused if it was given up. */
    Uni<Void> settle(SqlClient connection, UUID reservationId) {
        return connection.preparedQuery(SETTLE).execute(Tuple.of(reservationId))
                .invoke(deleted -> mustBeOne(deleted.rowCount())).replaceWithVoid();
    }

    /** The same within the current Hibernate Reactive transaction. */
    Uni<Void> settleInSession(UUID reservationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SETTLE.replace('$', '?'))
                .setParameter(1, reservationId).executeUpdate()).invoke(ClaimsInFlight::mustBeOne).replaceWithVoid();
    }

    /**
     * The booking will not be committed: gives the claim up, unless the booking committed meanwhile, and releases it.
     * A release that fails now is tried again by the sweep.
     */
    Uni<Void> release(String tenantId, UUID reservationId, UUID bookingId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return pool.preparedQuery(GIVE_UP).execute(Tuple.of(reservationId, now, now.plus(RELEASE_TURN)))
                .chain(givenUp -> givenUp.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : released(tenantId, reservationId, bookingId));
    }

    /** Nothing was claimed after all: there is nothing left to watch. */
    Uni<Void> forget(UUID reservationId) {
        return pool.preparedQuery(FORGET).execute(Tuple.of(reservationId)).replaceWithVoid();
    }

    private static void mustBeOne(int deleted) {
        if (deleted == 0) {
            throw new GivenUp();
        }
    }

    /** The claim was given up (it took too long) before the booking could commit; it is being released. */
    static final class GivenUp extends RuntimeException {
        GivenUp() {
            super("given up", null, false, false);
        }
    }

    /**
     * One sweep: gives up the claims past the grace and releases those given up that nobody is releasing. Every
     * replica runs it every few seconds, at the same moments or not; each claim is released by one of them.
     */
    @Scheduled(every = "${horae.booking.placement.claims-in-flight-sweep:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> releaseAbandoned() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return pool.preparedQuery(GIVE_UP_STALE).execute(Tuple.of(now.minus(settings.claimInFlightGrace()), now))
                .chain(() -> pool.preparedQuery(TAKE_GIVEN_UP).execute(Tuple.of(now, now.plus(RELEASE_TURN))))
                .chain(rows -> {
                    List<Row> abandoned = new ArrayList<>();
                    rows.forEach(abandoned::add);
                    return Multi.createFrom().iterable(abandoned)
                            .onItem().transformToUniAndConcatenate(row -> released(row.getString("tenant_id"),
                                    row.getUUID("reservation_id"), row.getUUID("booking_id")))
                            .collect().last();
                })
                .onFailure().invoke(e -> LOG.warnf("claims in flight not swept (%s); trying again", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Releases a claim given up: for its booking only, and so that it can never be claimed after. */
    private Uni<Void> released(String tenantId, UUID reservationId, UUID bookingId) {
        return reservations.release(tenantId, reservationId, bookingId, "booking not committed")
                .chain(() -> forget(reservationId))
                .invoke(() -> LOG.infof("released reservation %s: its booking was never committed", reservationId))
                .onFailure().invoke(e -> LOG.warnf("reservation %s not released yet (%s); trying again",
                        reservationId, e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
