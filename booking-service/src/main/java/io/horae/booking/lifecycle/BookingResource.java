package io.horae.booking.lifecycle;

import io.horae.booking.api.Actor;
import io.horae.booking.api.BookingPage;
import io.horae.booking.api.BookingStatus;
import io.horae.booking.api.BookingView;
import io.horae.booking.api.Cancellation;
import io.horae.booking.api.Reason;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.booking.api.Actor;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.List;
import java.util.UUID;

/** Bookings once placed: read, list, and their lifecycle (placing one: placement.PlacementResource). */
@Path("/api/v1/bookings")
public class BookingResource {
    /** The payload of the booking's QR code, as the customer shows it. */
    public record Ticket(@NotBlank @Size(max = 300) String ticket) {
    }

    private final BookingService bookings;
    private final BookingDesk desk;
    private final BookingViews views;
    private final TenantContext tenant;

    public BookingResource(BookingService bookings, BookingDesk desk, BookingViews views, TenantContext tenant) {
        this.bookings = bookings;
        this.desk = desk;
        this.views = views;
        this.tenant = tenant;
    }

    @GET
    @Path("/{id}")
    public Uni<BookingView> get(@PathParam("id") UUID id) {
        return bookings.existing(tenant.id(), id).chain(views::of);
    }

    /** Bookings overlapping [from, to), of a customer, in a state or with a reference; by start. */
    @GET
    public Uni<BookingPage> list(@QueryParam("customerId") UUID customerId, @QueryParam("status") BookingStatus status,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("reference") String reference,
                                 @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0) {
            throw ProblemException.badField("offset", "must not be negative");
        }
        if (limit < 1 || limit > 200) {
            throw ProblemException.badField("limit", "must be between 1 and 200");
        }
        BookingRepository.Filter filter = new BookingRepository.Filter(customerId, status,
                from == null ? null : Instants.parse("from", from), to == null ? null : Instants.parse("to", to),
                reference == null || reference.isBlank() ? null : reference.strip());
        return bookings.search(tenant.id(), filter, offset, limit)
                .chain(found -> views.of(found.items())
                        .map(items -> new BookingPage(items, found.total(), offset, limit)));
    }

    /** Corrects the note or the customer (JSON merge patch) of a booking that has not ended. */
    @PATCH
    @Path("/{id}")
    public Uni<BookingView> correct(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return desk.correct(tenant.id(), id, patch).chain(views::of);
    }

    /** Checks in the booking whose ticket (QR code) the customer shows; once, and only this merchant's. */
    @POST
    @Path("/check-in")
    public Uni<BookingView> checkIn(@Valid @NotNull Ticket ticket) {
        return desk.checkIn(tenant.id(), ticket.ticket()).chain(views::of);
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
}
