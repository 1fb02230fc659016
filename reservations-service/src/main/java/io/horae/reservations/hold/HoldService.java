package io.horae.reservations.hold;

import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationConfirmed;
import io.horae.events.reservation.ReservationExpired;
import io.horae.events.reservation.ReservationHeld;
import io.horae.events.reservation.ReservationReleased;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.persistence.Constraints;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.time.Pause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Holds on capacity. Every line is first checked with availability (outside any transaction); then one
 * transaction claims all lines or none: PostgreSQL refuses an overlapping exclusive claim and an overfull shared
 * start, so concurrent holds can never take the same capacity twice.
 */
@ApplicationScoped
public class HoldService {
    private static final String CLAIM_SEATS = """
            INSERT INTO capacity_counter (tenant_id, key, capacity, used) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (tenant_id, key) DO UPDATE SET used = capacity_counter.used + EXCLUDED.used
            WHERE capacity_counter.used + EXCLUDED.used <= capacity_counter.capacity
            RETURNING used""";
    private static final String RETURN_SEATS = """
            UPDATE capacity_counter SET used = used - ?3 WHERE tenant_id = ?1 AND key = ?2""";

    /** How long a hold waits for other holds on its resources before it gives up with 503. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(4);

    private final HoldRepositories.Reservations reservations;
    private final HoldRepositories.Claims claims;
    private final AvailabilityCheck availability;
    private final Outbox outbox;
    private final HoldSettings settings;
    private final ProductLines productLines;
    private final Clock clock = Clock.systemUTC();

    HoldService(HoldRepositories.Reservations reservations, HoldRepositories.Claims claims,
                AvailabilityCheck availability, Outbox outbox, HoldSettings settings, ProductLines productLines) {
        this.productLines = productLines;
        this.reservations = reservations;
        this.claims = claims;
        this.availability = availability;
        this.outbox = outbox;
        this.settings = settings;
    }

    public record Held(Reservation reservation, List<Claim> claims) {
    }

    public Uni<Held> hold(String tenantId, HoldRequest request) {
        Duration ttl = request.ttlSeconds() == null ? settings.defaultTtl() : Duration.ofSeconds(request.ttlSeconds());
        List<HoldRequest.Line> lines = request.lines();
        return Multi.createFrom().range(0, lines.size())
                .onItem().transformToUniAndConcatenate(i -> offer(tenantId, i, lines.get(i)))
                .collect().asList()
                .chain(offers -> {
                    for (int i = 0; i < offers.size(); i++) {
                        if (!offers.get(i).offered()) {
                            return taken(tenantId, lines.get(i), "lines[" + i + "]: "
                                    + (lines.get(i).isClass() ? "the class has no seats left" : "this start is not offered"));
                        }
                    }
                    return claimWhenFree(tenantId, request, offers, ttl, Instant.now().plus(LOCK_WAIT), 2);
                });
    }

    /**
     * Claims unless an active claim already covers a line; while another hold on the same resources is being
     * claimed, waits without holding a connection and looks again, so a crowd on one slot learns it is taken as soon
     * as the winner commits instead of queueing for the lock.
     */
    private Uni<Held> claimWhenFree(String tenantId, HoldRequest request, List<AvailabilityClient.Offer> offers,
                                    Duration ttl, Instant giveUp, long pauseMillis) {
        List<HoldRequest.Line> lines = request.lines();
        return alreadyClaimed(tenantId, lines, offers).chain(claimed -> claimed >= 0
                ? taken(tenantId, lines.get(claimed), "the time was taken by another hold")
                : claim(tenantId, request, offers, ttl)
                .onFailure(e -> Constraints.violated(e, "claim_no_overlap"))
                .recoverWithUni(e -> taken(tenantId, lines.get(0), "the time was taken by another hold"))
                .onFailure(ResourcesBusy.class).recoverWithUni(e -> Instant.now().isAfter(giveUp)
                        ? Uni.createFrom().failure(new ProblemException(503, "Service Unavailable",
                        "the resource is being claimed by too many holds at once; try again", List.of()))
                        : Pause.of(Duration.ofMillis(pauseMillis)).chain(() -> claimWhenFree(tenantId, request,
                        offers, ttl, giveUp, Math.min(pauseMillis * 2, 50)))));
    }

    /** Another transaction is claiming on one of the resources right now. */
    private static final class ResourcesBusy extends RuntimeException {
        ResourcesBusy() {
            super("resources busy", null, false, false);
        }
    }

    /**
     * The first exclusive line whose time an active claim already covers, or -1. A plain read before any lock or
     * transaction: the losers of a race are told at once instead of queueing for the resource's lock. The exclusion
     * constraint still decides for those that pass.
     */
    @WithSession
    Uni<Integer> alreadyClaimed(String tenantId, List<HoldRequest.Line> lines, List<AvailabilityClient.Offer> offers) {
        return Multi.createFrom().range(0, lines.size())
                .filter(i -> !lines.get(i).isClass() && !lines.get(i).isProduct() && offers.get(i).capacity() <= 1)
                .onItem().transformToUniAndConcatenate(i -> Panache.getSession().chain(s -> s.createNativeQuery("""
                                SELECT count(*) FROM claim WHERE tenant_id = ?1 AND resource_id = ?2 AND active
                                AND capacity_key IS NULL AND tstzrange(footprint_start, footprint_end) && tstzrange(?3, ?4)""",
                                Long.class)
                        .setParameter(1, tenantId)
                        .setParameter(2, offers.get(i).resourceId() != null ? offers.get(i).resourceId()
                                : lines.get(i).resourceId())
                        .setParameter(3, offers.get(i).footprintStart()).setParameter(4, offers.get(i).footprintEnd())
                        .getSingleResult()).map(n -> n > 0 ? i : -1))
                .filter(i -> i >= 0)
                .collect().first()
                .map(first -> first == null ? -1 : first);
    }

    private Uni<AvailabilityClient.Offer> offer(String tenantId, int index, HoldRequest.Line line) {
        String field = "lines[" + index + "]";
        if (line.isProduct()) {
            return productLines.offer(field, line);
        }
        if (line.amount() != null) {
            return Uni.createFrom().failure(ProblemException.badField(field + ".amount", "is for product lines"));
        }
        if (line.isClass()) {
            return availability.classSeat(field, line.classId(), line.seatCount());
        }
        if (line.isRental()) {
            if (line.resourceId() == null || line.start() == null || !line.end().isAfter(line.start())
                    || line.end().isAfter(line.start().plusDays(93))) {
                return Uni.createFrom().failure(ProblemException.badField(field,
                        "a rental needs resourceId, start and an end after it, at most 93 days on"));
            }
            return availability.rental(field, line.resourceId(), line.start(), line.end());
        }
        if (line.resourceId() == null || line.serviceId() == null || line.start() == null) {
            return Uni.createFrom().failure(ProblemException.badField(field,
                    "needs resourceId, serviceId and start, a classId, or resourceId, start and end (a rental)"));
        }
        return availability.check(field, line.serviceId(), line.resourceId(), line.start());
    }

    @WithTransaction
    Uni<Held> claim(String tenantId, HoldRequest request, List<AvailabilityClient.Offer> offers, Duration ttl) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Reservation reservation = new Reservation();
        reservation.id = UUID.randomUUID();
        reservation.tenantId = tenantId;
        reservation.status = Reservation.Status.HELD;
        reservation.customerId = request.customerId();
        reservation.expiresAt = now.plus(ttl.compareTo(settings.maximumTtl()) > 0 ? settings.maximumTtl() : ttl);
        reservation.createdAt = now;
        reservation.updatedAt = now;
        List<Claim> lines = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            lines.add(claimOf(reservation, request.lines().get(i), offers.get(i)));
        }
        return lockResources(lines)
                .chain(() -> refuseHoarding(tenantId, now))
                .chain(() -> reservations.persist(reservation))
                .chain(() -> Multi.createFrom().iterable(lines)
                        .onItem().transformToUniAndConcatenate(line -> takeSeats(line, offers.get(lines.indexOf(line))))
                        .collect().asList())
                .chain(() -> productLines.take(tenantId, lines))
                .chain(() -> claims.persist(lines))
                .chain(() -> Panache.getSession().chain(Mutiny.Session::flush))
                .chain(() -> outbox.append(tenantId, reservation.id, ReservationHeld.TYPE, new ReservationHeld(
                        reservation.id, lines.stream().map(HoldService::claimed).toList(), reservation.expiresAt)))
                .replaceWith(new Held(reservation, lines));
    }

    private Uni<Void> refuseHoarding(String tenantId, OffsetDateTime now) {
        return reservations.count("tenantId = ?1 and status = ?2 and expiresAt > ?3", tenantId,
                        Reservation.Status.HELD, now)
                .chain(held -> held < settings.maxHeldPerTenant() ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new ProblemException(429, "Too Many Requests",
                        "the tenant already holds " + held + " reservations, the most it may; confirm or release some",
                        List.of())));
    }

    /**
     * Claims on the same resources go one at a time: conflicting inserts into an exclusion constraint would otherwise
     * wait on each other and deadlock. The locks are only tried, never waited for inside the transaction (which would
     * hold a pooled connection per waiter): a busy resource fails with {@link ResourcesBusy} and the caller tries
     * again. The constraint still has the last word.
     */
    private static Uni<Void> lockResources(List<Claim> lines) {
        List<UUID> resources = lines.stream().map(c -> c.resourceId).filter(Objects::nonNull).distinct().sorted()
                .toList();
        return Multi.createFrom().iterable(resources)
                .onItem().transformToUniAndConcatenate(resource -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))", Boolean.class)
                        .setParameter(1, "claim:" + resource).getSingleResult())
                        .invoke(locked -> {
                            if (!locked) {
                                throw new ResourcesBusy();
                            }
                        }))
                .collect().asList().replaceWithVoid();
    }

    /** Confirms the hold for a booking; confirming again for the same booking is harmless. */
    @WithTransaction
    public Uni<Held> confirm(String tenantId, UUID id, UUID bookingId) {
        return locked(tenantId, id).chain(r -> r.confirm(bookingId, OffsetDateTime.now(clock))
                        ? outbox.append(tenantId, id, ReservationConfirmed.TYPE, new ReservationConfirmed(id, bookingId))
                        .replaceWith(r) : Uni.createFrom().item(r))
                .chain(this::withClaims);
    }

    /** Releases the claims; releasing what is already free is harmless. */
    @WithTransaction
    public Uni<Held> release(String tenantId, UUID id, String reason) {
        return locked(tenantId, id).chain(r -> r.release(OffsetDateTime.now(clock))
                        ? free(r).chain(freed -> outbox.append(tenantId, id, ReservationReleased.TYPE,
                                new ReservationReleased(id, reason, freed))).replaceWith(r)
                        : Uni.createFrom().item(r))
                .chain(this::withClaims);
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

    @WithSession
    public Uni<Held> find(String tenantId, UUID id) {
        return reservations.findOwned(tenantId, id).chain(r -> r == null ? Uni.createFrom().nullItem() : withClaims(r));
    }

    @WithSession
    public Uni<List<Reservation>> list(String tenantId, Reservation.Status status, int offset, int limit) {
        var query = status == null
                ? reservations.find("tenantId = ?1", Sort.descending("createdAt").and("id"), tenantId)
                : reservations.find("tenantId = ?1 and status = ?2", Sort.descending("createdAt").and("id"), tenantId, status);
        return query.range(offset, offset + limit - 1).list();
    }

    private Uni<Reservation> locked(String tenantId, UUID id) {
        return reservations.lockOwned(tenantId, id, r -> r.tenantId).map(r -> {
            if (r == null) {
                throw ProblemException.notFound("reservation", id);
            }
            return r;
        });
    }

    /** Ends the reservation's claims and gives their seats and pieces back; the claims it freed, for the event. */
    private Uni<List<ClaimedLine>> free(Reservation reservation) {
        return claims.list("reservationId", reservation.id).chain(lines -> Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> {
                    line.active = false;
                    if (line.productId != null) {
                        return ProductLines.giveBack(line);
                    }
                    return line.capacityKey == null ? Uni.createFrom().voidItem()
                            : Panache.getSession().chain(s -> s.createNativeQuery(RETURN_SEATS)
                                    .setParameter(1, line.tenantId).setParameter(2, line.capacityKey)
                                    .setParameter(3, line.seats).executeUpdate()).replaceWithVoid();
                })
                .collect().asList().replaceWith(lines.stream().map(HoldService::claimed).toList()));
    }

    private Uni<Void> takeSeats(Claim line, AvailabilityClient.Offer offer) {
        if (line.capacityKey == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(CLAIM_SEATS, Integer.class)
                        .setParameter(1, line.tenantId).setParameter(2, line.capacityKey)
                        .setParameter(3, offer.capacity()).setParameter(4, line.seats)
                        .getResultList())
                .onFailure(e -> Constraints.violated(e, "capacity_not_exceeded"))
                .recoverWithItem(List.of())
                .invoke(used -> {
                    if (used.isEmpty()) {
                        throw ProblemException.conflict("no seats left at " + line.startsAt);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Held> taken(String tenantId, HoldRequest.Line line, String detail) {
        if (line.isClass() || line.isProduct() || line.isRental()) {
            return Uni.createFrom().failure(ProblemException.taken(detail, List.of()));
        }
        return availability.nextStarts(line.serviceId(), line.resourceId(), line.start())
                .chain(next -> Uni.createFrom().failure(ProblemException.taken(detail, next)));
    }

    private Uni<Held> withClaims(Reservation reservation) {
        return claims.list("reservationId", Sort.by("startsAt").and("id"), reservation.id)
                .map(lines -> new Held(reservation, lines));
    }

    private static Claim claimOf(Reservation reservation, HoldRequest.Line request, AvailabilityClient.Offer offer) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.reservationId = reservation.id;
        claim.tenantId = reservation.tenantId;
        claim.resourceId = offer.resourceId() != null ? offer.resourceId() : request.resourceId();
        claim.serviceId = offer.serviceId() != null ? offer.serviceId() : request.serviceId();
        claim.classId = request.classId();
        claim.startsAt = offer.start();
        claim.endsAt = offer.end();
        claim.footprintStart = offer.footprintStart();
        claim.footprintEnd = offer.footprintEnd();
        claim.seats = request.seatCount();
        claim.productId = request.productId();
        claim.locationId = request.isProduct() ? request.locationId() : null;
        if (request.isClass()) {
            claim.capacityKey = "class/" + request.classId();
        } else if (request.isRental() || request.isProduct()) {
            claim.capacityKey = null;
        } else {
            claim.capacityKey = offer.capacity() > 1 ? String.join("/", "service", request.resourceId().toString(),
                    request.serviceId().toString(), offer.start().withOffsetSameInstant(ZoneOffset.UTC).toString()) : null;
        }
        claim.active = true;
        if (claim.capacityKey == null && claim.seats > 1 && !request.isProduct()) {
            throw ProblemException.badField("seats", "an exclusive start takes one seat");
        }
        return claim;
    }

    private static ClaimedLine claimed(Claim c) {
        return new ClaimedLine(c.id, c.resourceId, c.serviceId, c.classId, c.startsAt, c.endsAt, c.footprintStart,
                c.footprintEnd, c.seats, c.productId, c.locationId);
    }
}
