package io.horae.reservations.reservation;

import io.horae.claims.ClaimedReservation;
import io.horae.claims.ReservationStatus;
import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationExpired;
import io.horae.events.reservation.ReservationReleased;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.horae.reservations.product.ProductStock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Capacity given back: a reservation released (its booking cancelled, moved or never committed; a client letting a
 * hold go) or a hold past its TTL expired. Its claims end, their seats and pieces return, and the freed lines are
 * announced, all in one transaction. Also reads reservations as their clients see them.
 */
@ApplicationScoped
public class Releases {
    private static final String RETURN_SEATS = """
            UPDATE capacity_counter SET used = used - ?3 WHERE tenant_id = ?1 AND key = ?2""";

    private final ReservationRepositories.Reservations reservations;
    private final ReservationRepositories.Claims claims;
    private final Outbox outbox;
    private final ReservationSettings settings;
    private final Clock clock = Clock.systemUTC();

    Releases(ReservationRepositories.Reservations reservations, ReservationRepositories.Claims claims, Outbox outbox,
             ReservationSettings settings) {
        this.reservations = reservations;
        this.claims = claims;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Releases the reservation; releasing what is already free is harmless. Unknown: 404. */
    @WithTransaction
    public Uni<ClaimedReservation> release(String tenantId, UUID id, String reason) {
        return reservations.lockOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reservation", id))
                .chain(r -> released(r, reason));
    }

    /**
     * Releases the reservation a booking claimed, or makes sure it never will be: an id nobody claimed yet is written
     * down released, so a claim that arrives after it (a call its caller gave up on) is refused. With
     * {@code bookingId}, a reservation another booking holds (or a hold no booking took) is left as it is.
     */
    @WithTransaction
    public Uni<ClaimedReservation> releaseOrForestall(String tenantId, UUID id, UUID bookingId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reservations.lockOwned(tenantId, id).chain(r -> {
            if (r == null) {
                return reservations.persist(Reservation.releasedBeforeClaimed(tenantId, id, now)).chain(this::withClaims);
            }
            return bookingId == null || bookingId.equals(r.bookingId) ? released(r, reason) : withClaims(r);
        });
    }

    private Uni<ClaimedReservation> released(Reservation r, String reason) {
        return (r.release(OffsetDateTime.now(clock))
                ? free(r).chain(freed -> outbox.append(r.tenantId, r.id, ReservationReleased.TYPE,
                new ReservationReleased(r.id, reason, freed)))
                : Uni.createFrom().voidItem()).chain(() -> withClaims(r));
    }

    /** Ends up to one batch of holds past their TTL; returns how many. Concurrent sweepers skip each other's rows. */
    @WithTransaction
    public Uni<Integer> expireDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                                SELECT id FROM reservation WHERE status = 'HELD' AND expires_at <= ?1
                                ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                        .setParameter(1, now).setParameter(2, settings.sweepBatch()).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Reservation>of())
                        : reservations.list("id in ?1", ids))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(r -> r.expire(now)
                                ? free(r).chain(freed -> outbox.append(r.tenantId, r.id, ReservationExpired.TYPE,
                                        new ReservationExpired(r.id, freed))).replaceWith(1)
                                : Uni.createFrom().item(0))
                        .collect().asList().map(List::size));
    }

    /** The tenant's reservation with its lines, or null. */
    @WithSession
    public Uni<ClaimedReservation> find(String tenantId, UUID id) {
        return reservations.findOwned(tenantId, id).chain(r -> r == null ? Uni.createFrom().nullItem() : withClaims(r));
    }

    /** The tenant's reservations, newest first, without their lines. */
    @WithSession
    public Uni<List<ClaimedReservation>> list(String tenantId, ReservationStatus status, int offset, int limit) {
        var query = status == null
                ? reservations.find("tenantId = ?1", Sort.descending("createdAt").and("id"), tenantId)
                : reservations.find("tenantId = ?1 and status = ?2", Sort.descending("createdAt").and("id"), tenantId,
                status);
        return query.range(offset, offset + limit - 1).list()
                .map(all -> all.stream().map(r -> claimed(r, null)).toList());
    }

    /** Ends the reservation's claims and gives their seats and pieces back; the claims it freed, for the event. */
    private Uni<List<ClaimedLine>> free(Reservation reservation) {
        return claims.list("reservationId", reservation.id).chain(lines -> Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> {
                    line.active = false;
                    if (line.productId != null) {
                        return line.locationId == null ? Uni.createFrom().voidItem()
                                : ProductStock.giveBack(line.tenantId, line.productId, line.locationId, line.seats);
                    }
                    return line.capacityKey == null ? Uni.createFrom().voidItem()
                            : Panache.getSession().chain(s -> s.createNativeQuery(RETURN_SEATS)
                                    .setParameter(1, line.tenantId).setParameter(2, line.capacityKey)
                                    .setParameter(3, line.seats).executeUpdate()).replaceWithVoid();
                })
                .collect().asList().replaceWith(lines.stream().map(Claim::claimed).toList()));
    }

    private Uni<ClaimedReservation> withClaims(Reservation reservation) {
        return claims.list("reservationId", Sort.by("startsAt").and("id"), reservation.id)
                .map(lines -> claimed(reservation, lines.stream().map(Claim::claimed).toList()));
    }

    private static ClaimedReservation claimed(Reservation r, List<ClaimedLine> lines) {
        return new ClaimedReservation(r.id, r.status, r.customerId, r.bookingId, r.expiresAt, r.createdAt, lines);
    }
}
