package io.horae.booking.placement;

import io.horae.booking.api.Actor;
import io.horae.booking.api.NewBooking;
import io.horae.booking.api.Reschedule;

import io.horae.booking.api.Actor;
import io.horae.booking.api.BookingView;
import io.horae.booking.lifecycle.BookingViews;
import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.persistence.RunToEnd;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.metrics.LabelledCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Placing bookings and moving them to another time. */
@Path("/api/v1/bookings")
public class PlacementResource {
    private final Placement placement;
    private final BookingViews views;
    private final TenantContext tenant;
    private final LabelledCounter placed;
    private final LabelledCounter refused;

    public PlacementResource(Placement placement, BookingViews views, TenantContext tenant, MeterRegistry registry) {
        this.placement = placement;
        this.views = views;
        this.tenant = tenant;
        this.placed = new LabelledCounter(registry, "horae.bookings.placed", "Bookings placed", "kind");
        this.refused = new LabelledCounter(registry, "horae.bookings.refused",
                "Bookings not placed, by the status answered", "status");
    }

    /**
     * From a hold or in one step; 201 with the booking, 409 with {@code nextStarts} when the time is taken. Counted
     * as placed by kind ({@code horae_bookings_placed_total}; the replayed answer to a retried key is not counted
     * again) or refused by the status answered.
     */
    @POST
    public Uni<Response> place(@Valid @NotNull NewBooking request, @HeaderParam(Idempotency.HEADER) String key) {
        return RunToEnd.of(placement.place(tenant.id(), request, key))
                .invoke(answer -> {
                    if (answer.getEntity() instanceof BookingView booking) {
                        placed.increment(booking.kind());
                    }
                })
                .onFailure().invoke(failure -> refused.increment(
                        failure instanceof ProblemException p ? p.status() : 500));
    }

    /**
     * Moves the booking to a new hold (Qmatic) or a new start (Reservanto MoveBooking); {@link Placement#move}
     * counts it by kind once moved ({@code horae_bookings_rescheduled_total}).
     */
    @POST
    @Path("/{id}/reschedule")
    public Uni<BookingView> reschedule(@PathParam("id") UUID id, @Valid @NotNull Reschedule reschedule) {
        return RunToEnd.of(placement.move(tenant.id(), id, reschedule.reservationId(), reschedule.start(),
                        Actor.MERCHANT))
                .chain(views::of);
    }
}
