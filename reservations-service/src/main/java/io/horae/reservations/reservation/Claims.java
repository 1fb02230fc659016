package io.horae.reservations.reservation;

import io.horae.claims.ClaimLine;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.LineOffer;
import io.horae.claims.ReservationStatus;
import io.horae.kernel.problem.ProblemException;
import io.horae.reservations.availability.Offers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Claims capacity for a reservation, all lines or none. Availability says once whether the catalogue offers the
 * lines (outside any transaction); then one transaction claims them, and PostgreSQL refuses whatever another claim
 * already took. A claim for a booking is idempotent on the reservation id its caller chose: asked again, it answers
 * the reservation it made.
 */
@ApplicationScoped
public class Claims {
    private final Offers offers;
    private final ClaimStore store;
    private final ReservationSettings settings;
    private final Counter taken;
    private final Counter unoffered;
    private final Clock clock = Clock.systemUTC();

    Claims(Offers offers, ClaimStore store, ReservationSettings settings, MeterRegistry registry) {
        this.offers = offers;
        this.store = store;
        this.settings = settings;
        this.taken = conflicts(registry, "taken");
        this.unoffered = conflicts(registry, "not_offered");
    }

    /** Claims refused with 409 for {@code reason}: the time was taken, or the catalogue no longer offers it. */
    private static Counter conflicts(MeterRegistry registry, String reason) {
        return Counter.builder("horae.claim.conflicts").description("Claims refused because capacity was not free")
                .tag("reason", reason).register(registry);
    }

    /**
     * Claims {@code lines} as reservation {@code id}: held until {@code heldUntil} (cut to the longest hold), or for
     * {@code bookingId} lasting when {@code heldUntil} is null. A line the catalogue does not know is a 400 naming it,
     * one it does not offer or that another claim took a 409 with the next starts.
     */
    public Uni<ClaimedReservation> claim(String tenantId, UUID id, UUID bookingId, UUID customerId,
                                         List<ClaimLine> lines, OffsetDateTime heldUntil) {
        return claim(tenantId, id, bookingId, customerId, null, lines, heldUntil, ClaimStore.NOTHING_MORE);
    }

    /**
     * A client's hold until {@code heldUntil}, within the holds its customer and its client address may have open,
     * writing {@code alsoWrite} (the Idempotency-Key's answer) in the claim's own transaction.
     */
    public Uni<ClaimedReservation> hold(String tenantId, UUID customerId, String clientAddress, List<ClaimLine> lines,
                                        OffsetDateTime heldUntil, ClaimStore.AlsoWrite alsoWrite) {
        return claim(tenantId, UUID.randomUUID(), null, customerId, clientAddress, lines, heldUntil, alsoWrite);
    }

    private Uni<ClaimedReservation> claim(String tenantId, UUID id, UUID bookingId, UUID customerId,
                                          String clientAddress, List<ClaimLine> lines, OffsetDateTime heldUntil,
                                          ClaimStore.AlsoWrite alsoWrite) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime longest = now.plus(settings.maximumTtl());
        OffsetDateTime expiresAt = heldUntil == null ? null : heldUntil.isAfter(longest) ? longest : heldUntil;
        ReservationStatus status = heldUntil == null ? ReservationStatus.CONFIRMED : ReservationStatus.HELD;
        Uni<ClaimedReservation> claimed = offers.of(lines)
                .invoke(found -> refuseUnoffered(lines, found))
                .chain(found -> store.insert(new ClaimStore.NewReservation(tenantId, id, bookingId, customerId,
                        clientAddress, status, expiresAt, now, ClaimRows.of(lines, found)), alsoWrite))
                .onFailure(Unoffered.class).invoke(e -> unoffered.increment())
                .onFailure(Unoffered.class).recoverWithUni(e -> taken(lines.get(((Unoffered) e).line), e.getMessage()))
                .onFailure(ClaimStore.Taken.class).invoke(e -> taken.increment())
                .onFailure(ClaimStore.Taken.class).recoverWithUni(e -> taken(lines.stream()
                        .filter(ClaimLine.ServiceStart.class::isInstance).findFirst().orElse(lines.get(0)),
                        "the time was taken by another reservation"));
        return bookingId == null ? claimed : claimed
                .onFailure(ClaimStore.IdInUse.class).recoverWithUni(e -> madeBefore(tenantId, id, bookingId))
                .onFailure(ProblemException.class).recoverWithUni(refused -> store.read(tenantId, id)
                        .chain(before -> before == null ? Uni.createFrom().failure(refused)
                                : madeBefore(tenantId, id, bookingId)));
    }

    /**
     * Hands the hold {@code id} a client took to {@code bookingId}: confirmed, or held at most until {@code heldUntil}.
     * Unknown: 404; no longer open to the booking: 409.
     */
    public Uni<ClaimedReservation> takeHold(String tenantId, UUID id, UUID bookingId, OffsetDateTime heldUntil) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return store.takeHold(tenantId, id, bookingId, heldUntil, now).chain(taken -> taken.isPresent()
                ? Uni.createFrom().item(taken.get())
                : store.read(tenantId, id).map(found -> {
                    if (found == null) {
                        throw ProblemException.notFound("reservation", id);
                    }
                    if (found.status() == ReservationStatus.HELD && found.expiresAt() != null
                            && !found.expiresAt().isAfter(now)) {
                        throw ProblemException.conflict("reservation " + id + " expired at " + found.expiresAt());
                    }
                    if (found.status() == ReservationStatus.HELD || found.status() == ReservationStatus.CONFIRMED) {
                        throw ProblemException.conflict("reservation " + id + " is " + found.status().name()
                                .toLowerCase() + " for another booking");
                    }
                    throw Reservation.notOpen(id, found.status());
                }));
    }

    /** A claim asked again: the reservation made the first time, if it is the booking's and still open. */
    private Uni<ClaimedReservation> madeBefore(String tenantId, UUID id, UUID bookingId) {
        return store.read(tenantId, id).map(found -> {
            if (found == null || !bookingId.equals(found.bookingId())) {
                throw ProblemException.conflict("reservation " + id + " is in use");
            }
            if (found.status() != ReservationStatus.HELD && found.status() != ReservationStatus.CONFIRMED) {
                throw Reservation.notOpen(id, found.status());
            }
            return found;
        });
    }

    /** The first line the catalogue refuses: invalid is the request's fault (400), not offered a conflict (409). */
    private void refuseUnoffered(List<ClaimLine> lines, List<LineOffer> found) {
        for (int i = 0; i < found.size(); i++) {
            LineOffer offer = found.get(i);
            String field = "lines[" + i + "]";
            if (offer.verdict() == LineOffer.Verdict.INVALID) {
                throw ProblemException.badField(offer.field() == null ? field : field + "." + offer.field(),
                        offer.reason());
            }
            if (offer.verdict() == LineOffer.Verdict.NOT_OFFERED) {
                throw new Unoffered(i, field + ": " + offer.reason());
            }
        }
    }

    /** A line the catalogue does not offer; answered as taken, with the next starts. */
    private static final class Unoffered extends RuntimeException {
        final int line;

        Unoffered(int line, String detail) {
            super(detail, null, false, false);
            this.line = line;
        }
    }

    /** A 409 for a line that cannot be claimed; for a service start, with the next starts offered instead. */
    private Uni<ClaimedReservation> taken(ClaimLine line, String detail) {
        if (line instanceof ClaimLine.ServiceStart start) {
            return offers.nextStarts(start).map(next -> {
                throw ProblemException.conflict(detail).with("nextStarts", next);
            });
        }
        return Uni.createFrom().failure(ProblemException.conflict(detail));
    }
}
