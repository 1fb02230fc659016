package io.horae.booking.payment;

import io.horae.booking.api.Actor;
import io.horae.booking.api.Payment;
import io.horae.booking.api.PaymentMethod;
import io.horae.booking.api.PaymentStatus;

import io.horae.booking.customer.Wallet;
import io.horae.booking.lifecycle.Booking;
import io.horae.booking.lifecycle.BookingLine;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.api.BookingStatus;
import io.horae.booking.reservations.Reservations;
import io.horae.claims.BookingClaim;
import io.horae.booking.activity.ActivityLog;
import io.horae.booking.api.Actor;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking's money: payments recorded by the merchant or taken from the customer's wallet (given back if the
 * booking cannot record them), the payment state, and refunds of cancelled or rejected bookings. A payment that
 * settles a booking waiting for it confirms the booking, its hold first.
 */
@ApplicationScoped
public class PaymentDesk {
    private final BookingService bookings;
    private final Reservations reservations;
    private final Wallet wallet;
    private final BookingPayments payments;
    private final ActivityLog activities;
    private final Tenders tenders;
    private final Clock clock = Clock.systemUTC();

    public PaymentDesk(BookingService bookings, Reservations reservations, Wallet wallet, BookingPayments payments,
                       ActivityLog activities, Tenders tenders) {
        this.bookings = bookings;
        this.reservations = reservations;
        this.wallet = wallet;
        this.payments = payments;
        this.activities = activities;
        this.tenders = tenders;
    }

    /** Where in the customer's wallet a payment by {@code method} comes from; none for an external one. */
    static Wallet.Source source(PaymentMethod method) {
        return switch (method) {
            case EXTERNAL -> null;
            case CREDIT -> Wallet.Source.CREDIT;
            case PASS -> Wallet.Source.PASS;
            case VOUCHER -> Wallet.Source.VOUCHER;
            case SUBSTITUTION -> Wallet.Source.SUBSTITUTION;
        };
    }

    /**
     * A payment to record; {@code amount} for EXTERNAL and CREDIT, {@code passId} for PASS, {@code code} for VOUCHER;
     * {@code tenderId} (optional, EXTERNAL only) how the merchant took it.
     */
    public record Payment(PaymentMethod method, BigDecimal amount, UUID passId, String code, UUID tenderId) {
    }

    /**
     * Records a payment; paid in full, a booking that waited for it is confirmed (its hold first). What the wallet
     * gave is taken first and given back if the booking cannot record the payment.
     */
    public Uni<Booking> pay(String tenantId, UUID id, Payment payment) {
        PaymentMethod method = payment.method() == null ? PaymentMethod.EXTERNAL : payment.method();
        if ((method == PaymentMethod.EXTERNAL || method == PaymentMethod.CREDIT)
                && (payment.amount() == null || payment.amount().signum() <= 0)) {
            throw ProblemException.badField("amount", "must be positive");
        }
        if (method == PaymentMethod.PASS && payment.passId() == null) {
            throw ProblemException.badField("passId", "is required to pay with a pass");
        }
        if (method == PaymentMethod.VOUCHER && (payment.code() == null || payment.code().isBlank())) {
            throw ProblemException.badField("code", "is required to pay with a voucher");
        }
        if (method != PaymentMethod.EXTERNAL && payment.tenderId() != null) {
            throw ProblemException.badField("paymentMethodId", "names how the merchant took an EXTERNAL payment");
        }
        return (payment.tenderId() == null ? Uni.createFrom().voidItem()
                : tenders.usable(tenantId, payment.tenderId()).replaceWithVoid())
                .chain(() -> bookings.existing(tenantId, id)).chain(found -> {
            if (!found.status.isOpen()) {
                throw ProblemException.conflict("booking " + found.reference + " is " + found.status);
            }
            if (method != PaymentMethod.EXTERNAL && found.customerId == null) {
                throw ProblemException.badField("method", "the booking has no customer whose wallet could pay");
            }
            BigDecimal owed = found.owed();
            Uni<Wallet.Taken> taken = switch (method) {
                case EXTERNAL -> Uni.createFrom().item(new Wallet.Taken(null, payment.amount(), null, null, null));
                case CREDIT -> wallet.credit(found.tenantId, found.customerId, payment.amount(), found.reference);
                case PASS -> wallet.pass(found.tenantId, found.customerId, payment.passId(), owed, found.reference);
                case VOUCHER -> wallet.voucher(found.tenantId, payment.code(), found.price, found.price == null ? null : owed,
                        found.reference);
                case SUBSTITUTION -> wallet.substitution(found.tenantId, found.customerId, bookedServices(found), owed,
                        found.reference);
            };
            return taken.chain(t -> {
                boolean settles = found.price == null || found.paid.add(t.amount()).compareTo(found.price) >= 0
                        || method.settlesAlone();
                return (found.status == BookingStatus.PENDING_PAYMENT && settles
                        ? reservations.claim(tenantId, found.reservationId, new BookingClaim.TakenHold(id, null),
                        "booking").replaceWithVoid()
                        : Uni.createFrom().voidItem())
                        .chain(() -> recordPayment(tenantId, id, t, method, payment.tenderId()))
                        .onFailure().call(() -> wallet.giveBackQuietly(found.tenantId, found.customerId, t, found.reference));
            });
        });
    }

    /** The services a booking is for: a substitution for any of them pays it; 409 for one of products only. */
    private static List<UUID> bookedServices(Booking booking) {
        List<UUID> services = booking.lines.items().stream().map(BookingLine::serviceId).filter(Objects::nonNull)
                .distinct().toList();
        if (services.isEmpty()) {
            throw ProblemException.conflict("booking " + booking.reference + " is for no service a substitution "
                    + "could stand for");
        }
        return services;
    }

    @WithTransaction
    Uni<Booking> recordPayment(String tenantId, UUID id, Wallet.Taken taken, PaymentMethod method, UUID tenderId) {
        BigDecimal amount = taken.amount();
        return bookings.locked(tenantId, id).chain(booking -> {
            if (!booking.status.isOpen()) {
                throw ProblemException.conflict("booking " + booking.reference + " is " + booking.status);
            }
            booking.paid = booking.paid.add(amount);
            boolean settled = booking.price == null || booking.paid.compareTo(booking.price) >= 0
                    || method.settlesAlone();
            booking.paymentStatus = settled ? PaymentStatus.PAID : PaymentStatus.PARTLY_PAID;
            OffsetDateTime now = OffsetDateTime.now(clock);
            booking.updatedAt = now;
            BookingPayment payment = new BookingPayment();
            payment.id = UUID.randomUUID();
            payment.tenantId = tenantId;
            payment.bookingId = id;
            payment.method = method;
            payment.amount = amount;
            payment.passId = taken.passId();
            payment.useId = taken.useId();
            payment.code = taken.code();
            payment.tenderId = tenderId;
            payment.createdAt = now;
            Uni<Void> logged = payments.persist(payment).chain(() -> activities.append(tenantId, id, "paid",
                    booking.status.name(), Actor.MERCHANT,
                    amount.toPlainString() + (booking.currency == null ? "" : " " + booking.currency) + " "
                            + method.name().toLowerCase(java.util.Locale.ROOT), now));
            if (booking.status == BookingStatus.PENDING_PAYMENT && settled) {
                return logged.chain(() -> bookings.paidInFull(booking));
            }
            return logged.replaceWith(booking);
        });
    }

    /**
     * Gives back every payment of a cancelled or rejected booking: credit, pass uses and vouchers to the customer's
     * wallet (an external payment is only marked; the merchant returns it). Each payment is marked refunded right
     * after it was given back, so a retry never gives anything back twice.
     */
    public Uni<Booking> refund(String tenantId, UUID id) {
        return bookings.existing(tenantId, id).chain(found -> {
            if (found.status != BookingStatus.CANCELLED && found.status != BookingStatus.REJECTED) {
                throw ProblemException.conflict("booking " + found.reference + " is " + found.status
                        + "; only a cancelled or rejected booking is refunded");
            }
            return payments.unrefunded(tenantId, id).chain(open -> giveBack(found, open));
        });
    }

    /**
     * Undoes the payments a booking had from one {@code method} of the wallet (Reservanto
     * Voucher/RefundBookingPayment: the voucher is valid again), whatever the booking's state; what it paid otherwise
     * stays. 409 when it had no such payment.
     */
    public Uni<Booking> refund(String tenantId, UUID id, PaymentMethod method) {
        return bookings.existing(tenantId, id).chain(found -> payments.unrefunded(tenantId, id).chain(open -> {
            List<BookingPayment> paidSo = open.stream().filter(p -> p.method == method).toList();
            if (paidSo.isEmpty()) {
                throw ProblemException.conflict("booking " + found.reference + " has no " + method
                        + " payment to give back");
            }
            return giveBack(found, paidSo);
        }));
    }

    /** Gives {@code given} back to where each came from, each marked refunded as soon as it was, then the booking. */
    private Uni<Booking> giveBack(Booking found, List<BookingPayment> given) {
        return Multi.createFrom().iterable(given)
                .onItem().transformToUniAndConcatenate(p -> wallet.giveBack(found.tenantId, found.customerId,
                                new Wallet.Taken(source(p.method), p.amount, p.passId, p.useId, p.code), found.reference)
                        .chain(() -> payments.markRefunded(p.id)))
                .collect().asList()
                .chain(() -> refunded(found.tenantId, found.id, given.stream().map(p -> p.amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** Records that {@code returned} went back: all of it refunds the booking, part of it leaves the rest paid. */
    @WithTransaction
    Uni<Booking> refunded(String tenantId, UUID id, BigDecimal returned) {
        return bookings.locked(tenantId, id).chain(booking -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            booking.paid = booking.paid.subtract(returned).max(BigDecimal.ZERO).setScale(2);
            booking.paymentStatus = booking.paid.signum() == 0 ? PaymentStatus.REFUNDED
                    : PaymentStatus.PARTLY_PAID;
            booking.updatedAt = now;
            return activities.append(tenantId, id, "refunded", booking.status.name(), Actor.MERCHANT,
                    returned.toPlainString() + (booking.currency == null ? "" : " " + booking.currency), now)
                    .replaceWith(booking);
        });
    }
}
