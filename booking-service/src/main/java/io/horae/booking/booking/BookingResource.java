package io.horae.booking.booking;

import io.horae.booking.activity.ActivityLog.Actor;
import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/bookings")
public class BookingResource {
    public record Reason(@Size(max = 500) String reason) {
    }

    /** {@code by}: who cancels; a customer only until the cut-off before the start. */
    public record Cancellation(@Size(max = 500) String reason, Actor by) {
    }

    public record Reschedule(UUID reservationId, OffsetDateTime start) {
    }

    /**
     * {@code method}: EXTERNAL (default; the merchant took {@code amount}), CREDIT ({@code amount} from the customer's
     * credit), PASS (one use of the customer's pass {@code passId}), VOUCHER (voucher {@code code}).
     */
    public record Payment(PaymentDesk.PaymentMethod method, @Digits(integer = 10, fraction = 2) BigDecimal amount,
                          UUID passId, @Size(max = 64) String code) {
    }

    public record BookingPage(List<BookingView> items, long total, int offset, int limit) {
    }

    /** Links to send the customer; they work without an API key until {@code expiresAt}. */
    public record LinksView(String cancelUrl, String paymentUrl, OffsetDateTime expiresAt) {
    }

    private final BookingService bookings;
    private final BookingViews views;
    private final Idempotency idempotency;
    private final TenantContext tenant;
    private final Links links;
    private final BookingSettings settings;
    private final PaymentDesk paymentDesk;

    public BookingResource(BookingService bookings, BookingViews views, Idempotency idempotency,
                           TenantContext tenant, Links links, BookingSettings settings, PaymentDesk paymentDesk) {
        this.paymentDesk = paymentDesk;
        this.bookings = bookings;
        this.views = views;
        this.idempotency = idempotency;
        this.tenant = tenant;
        this.links = links;
        this.settings = settings;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull NewBooking request, @HeaderParam(Idempotency.HEADER) String key) {
        String tenantId = tenant.id();
        return idempotency.once(tenantId, key, request, () -> bookings.create(tenantId, request, key)
                .chain(views::of)
                .map(view -> Response.created(URI.create("/api/v1/bookings/" + view.id())).entity(view).build()));
    }

    @GET
    @Path("/{id}")
    public Uni<BookingView> get(@PathParam("id") UUID id) {
        return bookings.existing(tenant.id(), id).chain(views::of);
    }

    /** Bookings overlapping [from, to), of a customer or in a state; by start. */
    @GET
    public Uni<BookingPage> list(@QueryParam("customerId") UUID customerId, @QueryParam("status") BookingStatus status,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0) {
            throw ProblemException.badField("offset", "must not be negative");
        }
        if (limit < 1 || limit > 200) {
            throw ProblemException.badField("limit", "must be between 1 and 200");
        }
        BookingRepository.Filter filter = new BookingRepository.Filter(customerId, status,
                from == null ? null : Instants.parse("from", from), to == null ? null : Instants.parse("to", to));
        return bookings.search(tenant.id(), filter, offset, limit)
                .chain(found -> views.of(found.items())
                        .map(items -> new BookingPage(items, found.total(), offset, limit)));
    }

    /** Signed cancel and payment links for the customer (Reservanto GetCancelLink, GetPaymentLink). */
    @POST
    @Path("/{id}/links")
    public Uni<LinksView> links(@PathParam("id") UUID id) {
        String tenantId = tenant.id();
        return bookings.existing(tenantId, id).map(b -> {
            java.time.Instant expires = java.time.Instant.now().plus(settings.linkValidity());
            return new LinksView(links.url(Links.Action.CANCEL, tenantId, id, expires),
                    links.url(Links.Action.PAY, tenantId, id, expires),
                    expires.atOffset(java.time.ZoneOffset.UTC));
        });
    }

    @POST
    @Path("/{id}/confirmation")
    public Uni<BookingView> confirm(@PathParam("id") UUID id) {
        return bookings.confirm(tenant.id(), id).chain(views::of);
    }

    @POST
    @Path("/{id}/rejection")
    public Uni<BookingView> reject(@PathParam("id") UUID id, @Valid Reason reason) {
        return bookings.reject(tenant.id(), id, reason == null ? null : reason.reason()).chain(views::of);
    }

    @POST
    @Path("/{id}/cancellation")
    public Uni<BookingView> cancel(@PathParam("id") UUID id, @Valid Cancellation cancellation) {
        Actor by = cancellation == null || cancellation.by() == null ? Actor.MERCHANT : cancellation.by();
        if (by == Actor.SYSTEM) {
            throw ProblemException.badField("by", "must be MERCHANT or CUSTOMER");
        }
        return bookings.cancel(tenant.id(), id, cancellation == null ? null : cancellation.reason(), by)
                .chain(views::of);
    }

    @POST
    @Path("/{id}/no-show")
    public Uni<BookingView> noShow(@PathParam("id") UUID id) {
        return bookings.close(tenant.id(), id, BookingStatus.NO_SHOW).chain(views::of);
    }

    @POST
    @Path("/{id}/completion")
    public Uni<BookingView> complete(@PathParam("id") UUID id) {
        return bookings.close(tenant.id(), id, BookingStatus.COMPLETED).chain(views::of);
    }

    @POST
    @Path("/{id}/payments")
    public Uni<BookingView> pay(@PathParam("id") UUID id, @Valid @NotNull Payment payment) {
        return paymentDesk.pay(tenant.id(), id, new PaymentDesk.Payment(payment.method(), payment.amount(),
                payment.passId(), payment.code())).chain(views::of);
    }

    /** Gives every payment of a cancelled or rejected booking back to where it came from. */
    @POST
    @Path("/{id}/refund")
    public Uni<BookingView> refund(@PathParam("id") UUID id) {
        return paymentDesk.refund(tenant.id(), id).chain(views::of);
    }

    /** Moves the booking to a new hold (Qmatic) or a new start (Reservanto MoveBooking). */
    @POST
    @Path("/{id}/reschedule")
    public Uni<BookingView> reschedule(@PathParam("id") UUID id, @Valid @NotNull Reschedule reschedule) {
        return bookings.reschedule(tenant.id(), id, reschedule.reservationId(), reschedule.start()).chain(views::of);
    }
}
