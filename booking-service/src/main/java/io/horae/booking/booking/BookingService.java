package io.horae.booking.booking;

import io.horae.booking.activity.ActivityLog;
import io.horae.booking.activity.ActivityLog.Actor;
import io.horae.booking.projection.ServiceSnapshot;
import io.horae.booking.projection.Snapshots;
import io.horae.booking.waitlist.WaitingList;
import io.horae.events.booking.BookingCancelled;
import io.horae.events.booking.BookingClosed;
import io.horae.events.booking.BookingConfirmed;
import io.horae.events.booking.BookingCreated;
import io.horae.events.booking.BookingRejected;
import io.horae.events.booking.BookingRescheduled;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The booking lifecycle. A booking is committed only after reservations-service confirmed its hold (or, for one
 * that waits for payment, after the hold was seen held); if the commit then fails, the hold is released again.
 * Every change writes its activity and its event in the same transaction.
 */
@ApplicationScoped
public class BookingService {
    private final BookingRepository bookings;
    private final Reservations reservations;
    private final Snapshots snapshots;
    private final ActivityLog activities;
    private final Outbox outbox;
    private final BookingSettings settings;
    private final WaitingList waitingList;
    private final HoldsInFlight inFlight;
    private final Clock clock = Clock.systemUTC();

    public BookingService(BookingRepository bookings, Reservations reservations, Snapshots snapshots,
                          ActivityLog activities, Outbox outbox, BookingSettings settings, WaitingList waitingList,
                          HoldsInFlight inFlight) {
        this.inFlight = inFlight;
        this.waitingList = waitingList;
        this.bookings = bookings;
        this.reservations = reservations;
        this.snapshots = snapshots;
        this.activities = activities;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Books from a hold or in one step; see {@link NewBooking}. */
    public Uni<Booking> create(String tenantId, NewBooking request, String idempotencyKey) {
        if ((request.reservationId() == null) == (request.lines() == null)) {
            throw ProblemException.badRequest("give either reservationId (a hold) or lines (to book in one step)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.waitsForPayment() && request.payment().expiresAt() != null
                && !request.payment().expiresAt().isAfter(now)) {
            throw ProblemException.badField("payment.expiresAt", "must be in the future");
        }
        boolean oneStep = request.reservationId() == null;
        Uni<ReservationsClient.Hold> hold = oneStep
                ? reservations.hold(holdRequest(request, now), idempotencyKey == null ? null : idempotencyKey + "/hold")
                : reservations.get(request.reservationId(), "reservationId");
        UUID bookingId = UUID.randomUUID();
        return hold.chain(held -> {
            if (!"HELD".equals(held.status())) {
                return Uni.createFrom().failure(ProblemException.conflict(
                        "reservation " + held.id() + " is " + held.status() + ", not held"));
            }
            return tariffOf(tenantId, held.lines()).chain(tariff -> {
                BookingStatus status = statusFor(request, tariff);
                Uni<ReservationsClient.Hold> claimed = status == BookingStatus.PENDING_PAYMENT
                        ? Uni.createFrom().item(held)
                        : inFlight.announce(tenantId, held.id(), bookingId).chain(() ->
                        reservations.confirm(held.id(), bookingId, oneStep ? "lines" : "reservationId"));
                return claimed.chain(c -> commitNew(tenantId, bookingId, request, c, status, tariff)
                        .onFailure().call(e -> reservations.releaseQuietly(c.id(), "booking not committed")));
            });
        });
    }

    @WithTransaction
    Uni<Booking> commitNew(String tenantId, UUID bookingId, NewBooking request, ReservationsClient.Hold hold,
                           BookingStatus status, Tariff tariff) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<BookingLine> lines = linesOf(hold, tariff);
        Booking booking = new Booking();
        booking.id = bookingId;
        booking.tenantId = tenantId;
        booking.kind = Booking.kindOf(lines);
        booking.status = status;
        booking.customerId = request.customerId() != null ? request.customerId() : hold.customerId();
        booking.reservationId = hold.id();
        booking.lines = new BookingLine.Lines(lines);
        booking.startsAt = lines.stream().map(BookingLine::start).min(OffsetDateTime::compareTo).orElseThrow();
        booking.endsAt = lines.stream().map(BookingLine::end).max(OffsetDateTime::compareTo).orElseThrow();
        booking.note = request.note();
        booking.paymentStatus = Booking.PaymentStatus.UNPAID;
        booking.paid = BigDecimal.ZERO.setScale(2);
        booking.price = tariff.priceOf(lines);
        booking.currency = tariff.currencyOf(lines);
        booking.expiresAt = status == BookingStatus.PENDING_PAYMENT ? expiryOf(request, hold) : null;
        booking.createdAt = now;
        booking.updatedAt = now;
        return (status == BookingStatus.PENDING_PAYMENT ? Uni.createFrom().voidItem() : inFlight.settle(hold.id()))
                .chain(() -> bookings.nextReference(tenantId))
                .invoke(reference -> booking.reference = reference)
                .chain(() -> bookings.persist(booking))
                .chain(() -> activities.append(tenantId, bookingId, "created", status.name(), Actor.MERCHANT,
                        booking.reference, now))
                .chain(() -> outbox.append(tenantId, bookingId, BookingCreated.TYPE, new BookingCreated(bookingId,
                        booking.reference, booking.reservationId, status.name(), booking.customerId,
                        booking.startsAt, booking.endsAt)))
                .chain(() -> waitingList.booked(tenantId, booking.reservationId))
                .replaceWith(booking);
    }

    /** When a booking waiting for payment lapses: as asked, unless its hold ends sooner (a TTL cut to the maximum). */
    private static OffsetDateTime expiryOf(NewBooking request, ReservationsClient.Hold hold) {
        OffsetDateTime asked = request.payment().expiresAt();
        return asked == null || hold.expiresAt().isBefore(asked) ? hold.expiresAt() : asked;
    }

    @WithSession
    public Uni<Booking> find(String tenantId, UUID id) {
        return bookings.findOwned(tenantId, id);
    }

    /** The tenant's booking, or a 404. */
    public Uni<Booking> existing(String tenantId, UUID id) {
        return find(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("booking", id));
    }

    @WithSession
    public Uni<BookingRepository.Found> search(String tenantId, BookingRepository.Filter filter, int offset,
                                               int limit) {
        return bookings.search(tenantId, filter, offset, limit);
    }

    /** The merchant accepts a booking that waited for confirmation. */
    @WithTransaction
    public Uni<Booking> confirm(String tenantId, UUID id) {
        return locked(tenantId, id).chain(booking -> {
            if (booking.status == BookingStatus.PENDING_PAYMENT) {
                throw ProblemException.conflict("booking " + booking.reference + " waits for its payment");
            }
            return change(booking, BookingStatus.CONFIRMED, "confirmed", null, Actor.MERCHANT)
                    .call(() -> outbox.append(tenantId, id, BookingConfirmed.TYPE,
                            new BookingConfirmed(id, booking.reservationId)));
        });
    }

    /** The merchant turns down a booking that waited for confirmation; its time is released. */
    @WithTransaction
    public Uni<Booking> reject(String tenantId, UUID id, String reason) {
        return locked(tenantId, id).chain(booking -> change(booking, BookingStatus.REJECTED, "rejected", reason,
                        Actor.MERCHANT)
                .call(() -> outbox.append(tenantId, id, BookingRejected.TYPE,
                        new BookingRejected(id, booking.reservationId, reason))));
    }

    /**
     * Cancels a booking; its time is released through {@code booking.cancelled}. A customer may cancel only up to
     * the cut-off before the start; the merchant at any time.
     */
    @WithTransaction
    public Uni<Booking> cancel(String tenantId, UUID id, String reason, Actor actor) {
        return locked(tenantId, id).chain(booking -> (actor == Actor.CUSTOMER && booking.status.isOpen()
                ? cutoffOf(booking) : Uni.createFrom().item(Duration.ZERO)).chain(cutoff -> {
            if (OffsetDateTime.now(clock).isAfter(booking.startsAt.minus(cutoff))) {
                throw ProblemException.conflict("a customer may cancel until " + cutoff.toMinutes()
                        + " minutes before the start; ask the merchant");
            }
            return cancelled(booking, reason, actor);
        }));
    }

    /** The longest cut-off of the booking's services; the default where a service names none. */
    private Uni<Duration> cutoffOf(Booking booking) {
        return snapshots.services(booking.tenantId, booking.lines.items().stream().map(BookingLine::serviceId).toList())
                .map(services -> booking.lines.items().stream()
                        .map(l -> services.get(l.serviceId()))
                        .map(s -> s == null || s.cancellationCutoffMinutes == null ? settings.customerCancelCutoff()
                                : Duration.ofMinutes(s.cancellationCutoffMinutes))
                        .max(Duration::compareTo).orElse(settings.customerCancelCutoff()));
    }

    /** After the start: the customer did not come ({@code NO_SHOW}) or the booking took place ({@code COMPLETED}). */
    @WithTransaction
    public Uni<Booking> close(String tenantId, UUID id, BookingStatus outcome) {
        return locked(tenantId, id).chain(booking -> {
            if (booking.startsAt.isAfter(OffsetDateTime.now(clock))) {
                throw ProblemException.conflict("booking " + booking.reference + " has not started yet");
            }
            String type = outcome == BookingStatus.NO_SHOW ? "no_show" : "completed";
            return change(booking, outcome, type, null, Actor.MERCHANT)
                    .call(() -> outbox.append(tenantId, id, BookingClosed.TYPE, new BookingClosed(id, outcome.name())));
        });
    }

    /**
     * Moves a booking to another time: to a hold the client took ({@code reservationId}, Qmatic) or to a new start
     * of the same services and resources (Reservanto MoveBooking). The new hold is confirmed first; the old time is
     * released through {@code booking.rescheduled}. Not after the start, not for a booking waiting for payment.
     */
    public Uni<Booking> reschedule(String tenantId, UUID id, UUID reservationId, OffsetDateTime start) {
        if ((reservationId == null) == (start == null)) {
            throw ProblemException.badRequest("give either reservationId (a new hold) or start (the new start)");
        }
        return existing(tenantId, id).chain(booking -> {
            if (!booking.status.isOpen() || booking.status == BookingStatus.PENDING_PAYMENT) {
                throw ProblemException.conflict("booking " + booking.reference + " is " + booking.status
                        + " and cannot be moved");
            }
            if (!booking.startsAt.isAfter(OffsetDateTime.now(clock))) {
                throw ProblemException.conflict("booking " + booking.reference + " has started and cannot be moved");
            }
            Uni<ReservationsClient.Hold> hold = reservationId != null
                    ? reservations.get(reservationId, "reservationId")
                    : reservations.hold(shifted(booking, start), null);
            String field = reservationId != null ? "reservationId" : "start";
            return hold.call(h -> inFlight.announce(tenantId, h.id(), id))
                    .chain(h -> reservations.confirm(h.id(), id, field))
                    .chain(h -> moved(tenantId, id, h)
                            .onFailure().call(e -> reservations.releaseQuietly(h.id(), "booking not moved")));
        });
    }

    @WithTransaction
    Uni<Booking> moved(String tenantId, UUID id, ReservationsClient.Hold hold) {
        return locked(tenantId, id).call(() -> inFlight.settle(hold.id())).chain(booking -> {
            UUID from = booking.reservationId;
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime previousStart = booking.startsAt;
            booking.moveTo(hold.id(), movedLines(booking, hold), now);
            return activities.append(tenantId, id, "rescheduled", booking.status.name(), Actor.MERCHANT,
                            previousStart + " -> " + booking.startsAt, now)
                    .chain(() -> outbox.append(tenantId, id, BookingRescheduled.TYPE,
                            new BookingRescheduled(id, from, hold.id())))
                    .replaceWith(booking);
        });
    }

    /** A hold expired: the booking that waited on it (for payment) is cancelled. */
    @WithTransaction
    public Uni<Void> holdExpired(String tenantId, UUID reservationId) {
        return bookings.lockedByReservation(tenantId, reservationId).chain(booking ->
                booking == null || !booking.status.isPending() ? Uni.createFrom().voidItem()
                        : cancelled(booking, "the hold expired", Actor.SYSTEM).replaceWithVoid());
    }

    /** The customer was erased: their bookings still to come are cancelled. */
    @WithTransaction
    public Uni<Void> cancelFutureOf(String tenantId, UUID customerId) {
        return bookings.openFutureOf(tenantId, customerId, OffsetDateTime.now(clock))
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(b -> cancelled(b, "customer erased", Actor.SYSTEM))
                        .collect().asList())
                .replaceWithVoid();
    }

    private Uni<Booking> cancelled(Booking booking, String reason, Actor actor) {
        return change(booking, BookingStatus.CANCELLED, "cancelled", reason, actor)
                .call(() -> outbox.append(booking.tenantId, booking.id, BookingCancelled.TYPE,
                        new BookingCancelled(booking.id, booking.reservationId, reason)));
    }

    private Uni<Booking> change(Booking booking, BookingStatus next, String type, String reason, Actor actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        booking.become(next, reason, now);
        return activities.append(booking.tenantId, booking.id, type, next.name(), actor, reason, now)
                .replaceWith(booking);
    }

    /** A booking that waited for its payment is paid in full: confirmed and announced, in the caller's transaction. */
    Uni<Booking> paidInFull(Booking booking) {
        return change(booking, BookingStatus.CONFIRMED, "confirmed", "paid", Actor.MERCHANT)
                .call(() -> outbox.append(booking.tenantId, booking.id, BookingConfirmed.TYPE,
                        new BookingConfirmed(booking.id, booking.reservationId)));
    }

    /** The tenant's booking locked for update, or a 404. */
    Uni<Booking> locked(String tenantId, UUID id) {
        return bookings.locked(tenantId, id).map(b -> {
            if (b == null) {
                throw ProblemException.notFound("booking", id);
            }
            return b;
        });
    }

    private Uni<Tariff> tariffOf(String tenantId, List<ReservationsClient.HeldLine> lines) {
        return snapshotsOf(tenantId, lines.stream().map(ReservationsClient.HeldLine::serviceId).toList())
                .chain(services -> reservations.products(lines.stream().map(ReservationsClient.HeldLine::productId)
                        .toList()).map(products -> new Tariff(services, products)));
    }

    @WithSession
    Uni<Map<UUID, ServiceSnapshot>> snapshotsOf(String tenantId, List<UUID> serviceIds) {
        return snapshots.services(tenantId, serviceIds);
    }

    private ReservationsClient.HoldRequest holdRequest(NewBooking request, OffsetDateTime now) {
        Integer ttl = null;
        if (request.waitsForPayment()) {
            Duration window = request.payment().expiresAt() != null
                    ? Duration.between(now, request.payment().expiresAt()) : settings.paymentWindow();
            // whole seconds, rounded up: the hold must not end before the booking's expiry
            long seconds = window.toSeconds() + (window.toNanosPart() > 0 ? 1 : 0);
            ttl = (int) Math.min(Math.max(seconds, 30), Integer.MAX_VALUE);
        }
        return new ReservationsClient.HoldRequest(request.lines().stream()
                .map(l -> new ReservationsClient.Line(l.resourceId(), l.serviceId(), l.start(), l.classId(), l.seats(),
                        l.end(), l.productId(), l.locationId(), l.amount()))
                .toList(), request.customerId(), ttl);
    }

    /** The booking's lines at a new start, each moved by the same amount. */
    private static ReservationsClient.HoldRequest shifted(Booking booking, OffsetDateTime start) {
        if (booking.kind == Booking.Kind.CLASS) {
            throw ProblemException.badField("start", "a class seat moves to another class: give reservationId");
        }
        Duration by = Duration.between(booking.startsAt, start);
        return new ReservationsClient.HoldRequest(booking.lines.items().stream()
                .map(l -> l.productId() != null
                        ? new ReservationsClient.Line(null, null, l.start().plus(by), null, null, null, l.productId(),
                        l.locationId(), l.seats())
                        : new ReservationsClient.Line(l.resourceId(), l.serviceId(), l.start().plus(by), null,
                        l.seats(), l.serviceId() == null ? l.end().plus(by) : null, null, null, null))
                .toList(), booking.customerId, null);
    }

    private static BookingStatus statusFor(NewBooking request, Tariff tariff) {
        if (request.waitsForPayment()) {
            return BookingStatus.PENDING_PAYMENT;
        }
        boolean merchantDecides = request.confirmation() != null
                ? request.confirmation() == NewBooking.Confirmation.MERCHANT
                : tariff.anyRequiresConfirmation();
        return merchantDecides ? BookingStatus.PENDING_CONFIRMATION : BookingStatus.CONFIRMED;
    }

    private static List<BookingLine> linesOf(ReservationsClient.Hold hold, Tariff tariff) {
        return hold.lines().stream()
                .map(l -> new BookingLine(l.resourceId(), l.serviceId(), l.classId(), l.start(), l.end(), l.seats(),
                        l.productId(), l.locationId(), l.productId() == null ? null : tariff.productName(l.productId())))
                .toList();
    }

    /** The new hold's lines; products keep the names they were booked under. */
    private static List<BookingLine> movedLines(Booking booking, ReservationsClient.Hold hold) {
        Map<UUID, String> names = new HashMap<>();
        booking.lines.items().stream().filter(l -> l.productId() != null)
                .forEach(l -> names.put(l.productId(), l.productName()));
        return hold.lines().stream()
                .map(l -> new BookingLine(l.resourceId(), l.serviceId(), l.classId(), l.start(), l.end(), l.seats(),
                        l.productId(), l.locationId(), names.get(l.productId())))
                .toList();
    }
}
