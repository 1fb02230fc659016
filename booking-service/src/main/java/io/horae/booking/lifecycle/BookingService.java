package io.horae.booking.lifecycle;

import io.horae.booking.api.Actor;
import io.horae.booking.api.BookingStatus;

import io.horae.booking.activity.ActivityLog;
import io.horae.booking.api.Actor;
import io.horae.booking.projection.Snapshots;
import io.horae.events.booking.BookingCancelled;
import io.horae.events.booking.BookingClosed;
import io.horae.events.booking.BookingConfirmed;
import io.horae.events.booking.BookingRejected;
import io.horae.kernel.metrics.LabelledCounter;
import io.horae.kernel.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A booking's life once placed (see {@code placement.Placement}): the merchant confirms or rejects it, the merchant
 * or the customer cancels it, it ends as a no-show or completed, and it lapses when the hold it waited on for payment
 * expires. Every change writes its activity and its event in the same transaction; releasing its time is the
 * events' work.
 */
@ApplicationScoped
public class BookingService {
    private final BookingRepository bookings;
    private final Snapshots snapshots;
    private final ActivityLog activities;
    private final Outbox outbox;
    private final BookingSettings settings;
    private final LabelledCounter cancellations;
    private final Clock clock = Clock.systemUTC();

    public BookingService(BookingRepository bookings, Snapshots snapshots, ActivityLog activities, Outbox outbox,
                          BookingSettings settings, MeterRegistry registry) {
        this.bookings = bookings;
        this.snapshots = snapshots;
        this.activities = activities;
        this.outbox = outbox;
        this.settings = settings;
        this.cancellations = new LabelledCounter(registry, "horae.bookings.cancelled",
                "Bookings cancelled, by kind and by whom (a customer, the merchant, the platform)", "kind", "by");
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
                ? beforeCustomerCutoff(booking, "cancel") : Uni.createFrom().voidItem())
                .chain(() -> cancelled(booking, reason, actor)));
    }

    /**
     * Passes while the customer may still change the booking themselves ({@code what}: cancel, move): until the
     * longest cut-off of its services before the start; after that a 409 sends them to the merchant.
     */
    public Uni<Void> beforeCustomerCutoff(Booking booking, String what) {
        return cutoffOf(booking).map(cutoff -> {
            if (OffsetDateTime.now(clock).isAfter(booking.startsAt.minus(cutoff))) {
                throw ProblemException.conflict("a customer may " + what + " until " + cutoff.toMinutes()
                        + " minutes before the start; ask the merchant");
            }
            return null;
        });
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

    /** A hold expired: the booking that waited on it (for payment) is cancelled. */
    @WithTransaction
    public Uni<Void> holdExpired(String tenantId, UUID reservationId) {
        return bookings.lockedByReservation(tenantId, reservationId).chain(booking ->
                booking == null || !booking.status.isPending() ? Uni.createFrom().voidItem()
                        : cancelled(booking, "the hold expired", Actor.SYSTEM).replaceWithVoid());
    }

    /** The merchant cancelled a class: its open bookings are cancelled, each announced as any cancellation is. */
    public Uni<List<Booking>> cancelClass(String tenantId, UUID classId, String reason) {
        String why = reason == null || reason.isBlank() ? "the class was cancelled" : "the class was cancelled: " + reason;
        return bookings.openOfClass(tenantId, classId)
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(b -> cancelled(b, why, Actor.MERCHANT))
                        .collect().asList());
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

    /**
     * Every cancellation passes here, in its caller's transaction, and is counted once written (a transaction that
     * then fails to commit leaves the count one too high; {@code booking.cancelled.v1} events published are exact).
     */
    private Uni<Booking> cancelled(Booking booking, String reason, Actor actor) {
        return change(booking, BookingStatus.CANCELLED, "cancelled", reason, actor)
                .call(() -> outbox.append(booking.tenantId, booking.id, BookingCancelled.TYPE,
                        new BookingCancelled(booking.id, booking.reservationId, reason)))
                .invoke(() -> cancellations.increment(booking.kind, actor));
    }

    private Uni<Booking> change(Booking booking, BookingStatus next, String type, String reason, Actor actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        booking.become(next, reason, now);
        return activities.append(booking.tenantId, booking.id, type, next.name(), actor, reason, now)
                .replaceWith(booking);
    }

    /** A booking that waited for its payment is paid in full: confirmed and announced, in the caller's transaction. */
    public Uni<Booking> paidInFull(Booking booking) {
        return change(booking, BookingStatus.CONFIRMED, "confirmed", "paid", Actor.MERCHANT)
                .call(() -> outbox.append(booking.tenantId, booking.id, BookingConfirmed.TYPE,
                        new BookingConfirmed(booking.id, booking.reservationId)));
    }

    /** The tenant's booking locked for update, or a 404. */
    public Uni<Booking> locked(String tenantId, UUID id) {
        return bookings.locked(tenantId, id).map(b -> {
            if (b == null) {
                throw ProblemException.notFound("booking", id);
            }
            return b;
        });
    }
}
