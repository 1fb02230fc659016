package io.horae.booking.link;

import io.horae.booking.api.Actor;
import io.horae.booking.api.PaymentMethod;
import io.horae.booking.api.PaymentStatus;

import io.horae.booking.api.Actor;
import io.horae.booking.lifecycle.Booking;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.calendar.BookingCalendar;
import io.horae.booking.api.BookingStatus;
import io.horae.booking.lifecycle.BookingViews;
import io.horae.booking.payment.PaymentDesk;
import io.horae.booking.placement.Placement;
import io.horae.kernel.persistence.RunToEnd;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.horae.kernel.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a customer reaches through a signed link, without an API key: the booking's payment summary and paying it
 * with a voucher, its calendar file, its ticket's QR code, its move to another start and its cancellation (as the
 * customer: the cut-off before the start applies). A forged link is a 403, an old one a 410.
 */
@Path("/links/bookings/{id}")
public class LinkResource {
    /** What the customer sees: enough to pay or to decide, nothing of anyone else. */
    public record Summary(String reference, BookingStatus status, OffsetDateTime start, OffsetDateTime end,
                          BigDecimal price, BigDecimal paid, BigDecimal owed, String currency,
                          PaymentStatus paymentStatus) {
        static Summary of(Booking b) {
            BigDecimal owed = b.price == null ? null : b.price.subtract(b.paid).max(BigDecimal.ZERO);
            return new Summary(b.reference, b.status, b.startsAt, b.endsAt, b.price, b.paid, owed, b.currency,
                    b.paymentStatus);
        }
    }

    private final Links links;
    private final BookingService bookings;
    private final BookingViews views;
    private final Placement placement;
    private final PaymentDesk payments;

    public LinkResource(Links links, BookingService bookings, BookingViews views, Placement placement,
                        PaymentDesk payments) {
        this.links = links;
        this.bookings = bookings;
        this.views = views;
        this.placement = placement;
        this.payments = payments;
    }

    @GET
    public Uni<Summary> payment(@BeanParam SignedLink link) {
        String tenant = check(Links.Action.PAY, link);
        return bookings.existing(tenant, link.booking).map(Summary::of);
    }

    /** The booking as an iCalendar file: it updates the same calendar entry when the booking moves or is cancelled. */
    @GET
    @Path("/calendar.ics")
    @Produces(BookingCalendar.MEDIA_TYPE)
    public Uni<RestResponse<String>> calendar(@BeanParam SignedLink link) {
        String tenant = check(Links.Action.CALENDAR, link);
        return bookings.existing(tenant, link.booking).chain(booking -> views.of(booking)
                .map(view -> RestResponse.ResponseBuilder.ok(BookingCalendar.of(view, booking.version))
                        .header("Content-Disposition", "attachment; filename=\"" + booking.reference + ".ics\"")
                        .build()));
    }

    /** The booking's ticket as a QR code, to show at the door. */
    @GET
    @Path("/ticket.svg")
    @Produces(TicketImage.MEDIA_TYPE)
    public Uni<String> ticket(@BeanParam SignedLink link) {
        String tenant = check(Links.Action.TICKET, link);
        return bookings.existing(tenant, link.booking).chain(views::of).map(view -> TicketImage.svg(view.ticket()));
    }

    /** A voucher's code, the customer's to spend. */
    public record VoucherPayment(@NotBlank @Size(max = 64) String code) {
    }

    /** Pays what is owed with a voucher, as the customer holding the payment link. */
    @POST
    @Path("/payments")
    public Uni<Summary> payWithVoucher(@BeanParam SignedLink link, @Valid @NotNull VoucherPayment payment) {
        String tenant = check(Links.Action.PAY, link);
        return payments.pay(tenant, link.booking, new PaymentDesk.Payment(PaymentMethod.VOUCHER, null, null,
                payment.code(), null)).map(Summary::of);
    }

    /** The new start the customer chose. */
    public record Move(@NotNull OffsetDateTime start) {
    }

    /** Moves the booking to another start, as the customer: until the cut-off before its start, like cancelling. */
    @POST
    @Path("/move")
    public Uni<Summary> move(@BeanParam SignedLink link, @Valid @NotNull Move move) {
        String tenant = check(Links.Action.MOVE, link);
        return bookings.existing(tenant, link.booking).chain(booking -> bookings.beforeCustomerCutoff(booking, "move"))
                .chain(() -> RunToEnd.of(placement.move(tenant, link.booking, null, move.start(),
                        Actor.CUSTOMER))).map(Summary::of);
    }

    @POST
    @Path("/cancellation")
    public Uni<Summary> cancel(@BeanParam SignedLink link) {
        String tenant = check(Links.Action.CANCEL, link);
        return bookings.cancel(tenant, link.booking, "cancelled by the customer's link", Actor.CUSTOMER).map(Summary::of);
    }

    /** The link's tenant, once the link is genuine (a 403 otherwise) and not expired (a 410). */
    private String check(Links.Action action, SignedLink link) {
        if (link.tenant == null || link.booking == null
                || !links.genuine(action, link.tenant, link.booking, link.expires, link.signature)) {
            throw new ProblemException(403, "Forbidden", "this link is not genuine", List.of());
        }
        if (Instant.ofEpochSecond(link.expires).isBefore(Instant.now())) {
            throw new ProblemException(410, "Gone", "this link has expired; ask the merchant for a new one", List.of());
        }
        return link.tenant;
    }
}
