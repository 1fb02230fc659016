package io.horae.booking.placement;

import io.horae.booking.activity.ActivityLog;
import io.horae.booking.api.Actor;
import io.horae.booking.api.BookingKind;
import io.horae.booking.api.BookingStatus;
import io.horae.booking.api.NewBooking;
import io.horae.booking.api.PaymentStatus;
import io.horae.booking.catalogue.KnownServices;
import io.horae.booking.customer.BookingValues;
import io.horae.booking.customer.KnownCustomers;
import io.horae.booking.lifecycle.Booking;
import io.horae.booking.lifecycle.BookingLine;
import io.horae.booking.lifecycle.BookingRepository;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.lifecycle.BookingViews;
import io.horae.booking.lifecycle.Tickets;
import io.horae.booking.projection.Snapshots;
import io.horae.booking.reservations.Reservations;
import io.horae.booking.waitlist.WaitingList;
import io.horae.claims.BookingClaim;
import io.horae.claims.ClaimLine;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.ProductView;
import io.horae.events.booking.BookingCreated;
import io.horae.events.booking.BookingRescheduled;
import io.horae.events.reservation.ClaimedLine;
import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.upstream.UpstreamCall;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Placing a booking, the protocol between booking-service and reservations-service, in its steps:
 * <ol>
 *   <li>An {@code Idempotency-Key} is written down as in progress; a retry gets the first answer. Custom values given
 *   are checked by customer-service, before anything is claimed.</li>
 *   <li>booking-service names the booking and the reservation, writes the claim down as in flight, and asks
 *   reservations-service <em>once</em> to claim the lines (or take the client's hold) for that booking. The call is
 *   idempotent on the reservation id; no transaction is open while it runs.</li>
 *   <li>The claimed lines are priced from the service and product snapshots, and the status chosen: waiting for the
 *   merchant, for the payment, or confirmed.</li>
 *   <li>The customer, if named, is known: booking's projection has it, or customer-service answers for one created a
 *   moment ago. Then one transaction commits the booking, its activity, its {@code booking.created} event and the
 *   key's answer, and settles the claim in flight.</li>
 * </ol>
 * Compensation: a refused claim claimed nothing. A claim whose outcome is unknown (the call timed out or failed), or
 * a booking that could not be committed, releases exactly that reservation, for that booking only, and leaves
 * reservations-service unable to claim it later. If even that fails, the claim stays in flight and
 * {@link ClaimsInFlight} releases it after its grace period. Moving a booking to another time follows the same
 * steps on a new reservation; the old one is released by its {@code booking.rescheduled} event.
 */
@ApplicationScoped
public class Placement {
    private static final Logger LOG = Logger.getLogger(Placement.class);

    private final Idempotency idempotency;
    private final ClaimsInFlight inFlight;
    private final Reservations reservations;
    private final Snapshots snapshots;
    private final References references;
    private final BookingRepository bookings;
    private final BookingService lifecycle;
    private final ActivityLog activities;
    private final Outbox outbox;
    private final WaitingList waitingList;
    private final Tickets tickets;
    private final KnownCustomers customersKnown;
    private final KnownServices servicesKnown;
    private final BookingValues values;
    private final PlacementSettings settings;
    private final Pool pool;
    private final io.horae.kernel.metrics.LabelledCounter rescheduled;
    private final Clock clock = Clock.systemUTC();

    Placement(Idempotency idempotency, ClaimsInFlight inFlight, Reservations reservations, Snapshots snapshots,
              References references, BookingRepository bookings, BookingService lifecycle, ActivityLog activities,
              Outbox outbox, WaitingList waitingList, Tickets tickets, KnownCustomers customersKnown,
              KnownServices servicesKnown, BookingValues values, PlacementSettings settings, Pool pool,
              io.micrometer.core.instrument.MeterRegistry registry) {
        this.idempotency = idempotency;
        this.inFlight = inFlight;
        this.reservations = reservations;
        this.snapshots = snapshots;
        this.references = references;
        this.bookings = bookings;
        this.lifecycle = lifecycle;
        this.activities = activities;
        this.outbox = outbox;
        this.waitingList = waitingList;
        this.tickets = tickets;
        this.customersKnown = customersKnown;
        this.servicesKnown = servicesKnown;
        this.values = values;
        this.settings = settings;
        this.pool = pool;
        this.rescheduled = new io.horae.kernel.metrics.LabelledCounter(registry, "horae.bookings.rescheduled",
                "Bookings moved to a new time, by the merchant's API or the customer's link", "kind");
    }

    /** Places a booking; the answer is 201 with the booking, or the first answer again for a retried key. */
    public Uni<Response> place(String tenantId, NewBooking request, String idempotencyKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!request.namesOneWay()) {
            throw ProblemException.badRequest("give either reservationId (a hold) or lines (to book in one step)");
        }
        if (request.paymentDeadlinePassed(now)) {
            throw ProblemException.badField("payment.expiresAt", "must be in the future");
        }
        return idempotency.begin(tenantId, idempotencyKey, request).chain(outcome -> outcome.replay() != null
                ? Uni.createFrom().item(outcome.replay())
                : checkedValues(tenantId, request)
                        .chain(checked -> attempt(tenantId, request, checked, outcome.attempt(), now))
                        .onFailure().call(outcome.attempt()::abandon));
    }

    /** The request's custom values as they are kept, checked against the merchant's definitions; none if none. */
    private Uni<Map<String, Object>> checkedValues(String tenantId, NewBooking request) {
        if (request.customValues() == null || request.customValues().isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return values.checked(tenantId, request.customValues());
    }

    private Uni<Response> attempt(String tenantId, NewBooking request, Map<String, Object> customValues,
                                  Idempotency.Attempt attempt, OffsetDateTime now) {
        UUID bookingId = UUID.randomUUID();
        UUID reservationId = request.fromHold() ? request.reservationId() : UUID.randomUUID();
        BookingClaim claim = request.claim(bookingId, heldUntil(request, now));
        return claimed(tenantId, reservationId, claim, request.claimedField())
                .chain(reservation -> tariff(tenantId, reservation.lines(), request.priceLevelId())
                        .chain(tariff -> commit(tenantId, request, booking(tenantId, bookingId, request, reservation,
                                tariff, customValues), tariff, attempt))
                        .onFailure().call(() -> giveBack(tenantId, reservationId, bookingId)));
    }

    /** Until when a booking that waits for its payment holds its time: as asked, else the payment window. */
    private OffsetDateTime heldUntil(NewBooking request, OffsetDateTime now) {
        return request.payment() != null && request.payment().expiresAt() != null ? request.payment().expiresAt()
                : now.plus(settings.paymentWindow());
    }

    /**
     * Step 2: the claim, written down as in flight first. Refused, nothing was claimed; otherwise failed, what might
     * have been claimed is given back before the failure is answered.
     */
    private Uni<ClaimedReservation> claimed(String tenantId, UUID reservationId, BookingClaim claim, String field) {
        return inFlight.record(tenantId, reservationId, claim.bookingId())
                .chain(() -> reservations.claim(tenantId, reservationId, claim, field))
                .onFailure(UpstreamCall::refused).call(() -> inFlight.forget(reservationId))
                .onFailure(e -> !UpstreamCall.refused(e)).call(() -> giveBack(tenantId, reservationId,
                        claim.bookingId()));
    }

    /**
     * Releases what was claimed for the booking, unless the booking was committed after all (a commit whose answer
     * was lost); if the release fails too, the sweep of claims in flight retries it.
     */
    private Uni<Void> giveBack(String tenantId, UUID reservationId, UUID bookingId) {
        return inFlight.release(tenantId, reservationId, bookingId)
                .onFailure().invoke(e -> LOG.warnf("reservation %s not given back now (%s)", reservationId,
                        e.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Step 3: what the claimed lines cost, from their services (snapshots first) and reservations' products. */
    private Uni<Tariff> tariff(String tenantId, List<ClaimedLine> lines, UUID priceLevelId) {
        List<UUID> products = lines.stream().map(ClaimedLine::productId).filter(java.util.Objects::nonNull).toList();
        return servicesKnown.of(tenantId, lines.stream().map(ClaimedLine::serviceId).toList())
                .chain(services -> (products.isEmpty() ? Uni.createFrom().item(Map.<UUID, ProductView>of())
                        : reservations.products(tenantId, products))
                        .map(found -> new Tariff(services, found, priceLevelId)));
    }

    private Booking booking(String tenantId, UUID bookingId, NewBooking request, ClaimedReservation reservation,
                            Tariff tariff, Map<String, Object> customValues) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<BookingLine> lines = reservation.lines().stream().map(l -> line(l, tariff.productName(l.productId())))
                .toList();
        Booking booking = new Booking();
        booking.id = bookingId;
        booking.tenantId = tenantId;
        booking.kind = Booking.kindOf(lines);
        booking.status = statusOf(request, tariff);
        booking.customerId = request.customerId() != null ? request.customerId() : reservation.customerId();
        booking.reservationId = reservation.id();
        booking.lines = new BookingLine.Lines(lines);
        booking.startsAt = lines.stream().map(BookingLine::start).min(OffsetDateTime::compareTo).orElseThrow();
        booking.endsAt = lines.stream().map(BookingLine::end).max(OffsetDateTime::compareTo).orElseThrow();
        booking.note = request.note();
        booking.paymentStatus = PaymentStatus.UNPAID;
        booking.paid = BigDecimal.ZERO.setScale(2);
        booking.price = tariff.priceOf(lines);
        booking.priceLevelId = request.priceLevelId();
        booking.currency = tariff.currencyOf(lines);
        booking.expiresAt = booking.status == BookingStatus.PENDING_PAYMENT ? reservation.expiresAt() : null;
        if (!customValues.isEmpty()) {
            booking.customValues(customValues);
        }
        booking.createdAt = now;
        booking.updatedAt = now;
        return booking;
    }

    /** Waiting for the payment if asked; for the merchant if asked or if a service needs it; else confirmed. */
    private static BookingStatus statusOf(NewBooking request, Tariff tariff) {
        if (request.waitsForPayment()) {
            return BookingStatus.PENDING_PAYMENT;
        }
        boolean merchantDecides = request.confirmation() != null
                ? request.confirmation() == NewBooking.Confirmation.MERCHANT
                : tariff.anyRequiresConfirmation();
        return merchantDecides ? BookingStatus.PENDING_CONFIRMATION : BookingStatus.CONFIRMED;
    }

    /** Step 4: the booking, its activity, its event and the key's answer in one transaction, the claim settled. */
    private Uni<Response> commit(String tenantId, NewBooking request, Booking booking, Tariff tariff,
                                 Idempotency.Attempt attempt) {
        return references.next(tenantId).invoke(reference -> booking.reference = reference)
                .chain(() -> snapshots.customers(tenantId, java.util.Collections.singletonList(booking.customerId)))
                .call(customers -> customersKnown.require(tenantId, booking.customerId,
                        customers.containsKey(booking.customerId)))
                .chain(customers -> {
                    Response created = Response.created(URI.create("/api/v1/bookings/" + booking.id))
                            .entity(BookingViews.view(booking, tickets.issue(tenantId, booking.id), customers,
                                    tariff.services()))
                            .build();
                    return pool.withTransaction(connection -> inFlight.settle(connection, booking.reservationId)
                            .chain(() -> bookings.insert(connection, booking))
                            .chain(() -> activities.append(connection, tenantId, booking.id, "created",
                                    booking.status.name(), Actor.MERCHANT, booking.reference, booking.createdAt))
                            .chain(() -> outbox.append(connection, tenantId, booking.id, BookingCreated.TYPE,
                                    new BookingCreated(booking.id, booking.reference, booking.reservationId,
                                            booking.status.name(), booking.customerId, booking.startsAt,
                                            booking.endsAt)))
                            .chain(() -> request.fromHold()
                                    ? waitingList.booked(connection, tenantId, booking.reservationId)
                                    : Uni.createFrom().voidItem())
                            .chain(() -> attempt.complete(connection, created)))
                            .onFailure(ClaimsInFlight.GivenUp.class).transform(e -> ProblemException.conflict(
                                    "the time was given up before the booking could be committed; book again"))
                            .replaceWith(created);
                });
    }

    /**
     * Moves a booking to a hold the client took ({@code reservationId}, Qmatic) or to a new start of the same lines
     * (Reservanto MoveBooking): the new reservation is claimed first, then the booking moves; the old time is released
     * through {@code booking.rescheduled}. Not after the start, not for a booking waiting for its payment.
     */
    public Uni<Booking> move(String tenantId, UUID id, UUID reservationId, OffsetDateTime start, Actor by) {
        if ((reservationId == null) == (start == null)) {
            throw ProblemException.badRequest("give either reservationId (a new hold) or start (the new start)");
        }
        return lifecycle.existing(tenantId, id).chain(booking -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (!booking.status.isOpen() || booking.status == BookingStatus.PENDING_PAYMENT) {
                throw ProblemException.conflict("booking " + booking.reference + " is " + booking.status
                        + " and cannot be moved");
            }
            if (!booking.startsAt.isAfter(now)) {
                throw ProblemException.conflict("booking " + booking.reference + " has started and cannot be moved");
            }
            UUID target = reservationId != null ? reservationId : UUID.randomUUID();
            BookingClaim claim = reservationId != null ? new BookingClaim.TakenHold(id, null)
                    : new BookingClaim.NewLines(id, booking.customerId, shifted(booking, start), null);
            return claimed(tenantId, target, claim, reservationId != null ? "reservationId" : "start")
                    .chain(reservation -> moved(tenantId, id, reservation, by)
                            .onFailure().call(() -> giveBack(tenantId, target, id)));
        }).invoke(moved -> rescheduled.increment(moved.kind));
    }

    @WithTransaction
    Uni<Booking> moved(String tenantId, UUID id, ClaimedReservation reservation, Actor by) {
        return inFlight.settleInSession(reservation.id()).chain(() -> lifecycle.locked(tenantId, id)).chain(booking -> {
            UUID from = booking.reservationId;
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime previousStart = booking.startsAt;
            Map<UUID, String> names = new HashMap<>();
            booking.lines.items().stream().filter(l -> l.productId() != null)
                    .forEach(l -> names.put(l.productId(), l.productName()));
            booking.moveTo(reservation.id(), reservation.lines().stream()
                    .map(l -> line(l, names.get(l.productId()))).toList(), now);
            return activities.append(tenantId, id, "rescheduled", booking.status.name(), by,
                            previousStart + " -> " + booking.startsAt, now)
                    .chain(() -> outbox.append(tenantId, id, BookingRescheduled.TYPE,
                            new BookingRescheduled(id, from, reservation.id())))
                    .replaceWith(booking);
        }).onFailure(ClaimsInFlight.GivenUp.class).transform(e -> ProblemException.conflict(
                "the new time was given up before the booking could be moved; move it again"));
    }

    /** The booking's lines at a new start, each moved by the same amount; a class seat moves to another class. */
    private static List<ClaimLine> shifted(Booking booking, OffsetDateTime start) {
        if (booking.kind == BookingKind.CLASS) {
            throw ProblemException.badField("start", "a class seat moves to another class: give reservationId");
        }
        Duration by = Duration.between(booking.startsAt, start);
        return booking.lines.items().stream().<ClaimLine>map(l -> {
            if (l.productId() != null) {
                return new ClaimLine.ProductPieces(l.productId(), l.locationId(), l.start().plus(by), l.seats());
            }
            if (l.serviceId() == null) {
                return new ClaimLine.Rental(l.resourceId(), l.start().plus(by), l.end().plus(by));
            }
            return new ClaimLine.ServiceStart(l.resourceId(), l.serviceId(), l.start().plus(by), l.seats());
        }).toList();
    }

    private static BookingLine line(ClaimedLine l, String productName) {
        return new BookingLine(l.resourceId(), l.serviceId(), l.classId(), l.start(), l.end(), l.seats(),
                l.productId(), l.locationId(), productName);
    }
}
