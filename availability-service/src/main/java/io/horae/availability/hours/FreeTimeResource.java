package io.horae.availability.hours;

import io.horae.availability.busy.AffectedBooking;
import io.horae.availability.slot.AvailabilityRange;
import io.horae.kernel.time.Instants;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Time off of a resource (Reservanto FreeTime Create, Get, Delete). */
@Path("/api/v1/free-time")
public class FreeTimeResource {
    public record NewFreeTime(@NotNull UUID resourceId, @NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
                              @Size(max = 500) String reason) {
    }

    /**
     * {@code affectedBookings}: what is booked during the time off (a time off cancels nothing; the merchant moves or
     * cancels those), in the answer of one time off, not in lists.
     */
    public record FreeTimeView(UUID id, UUID resourceId, OffsetDateTime start, OffsetDateTime end, String reason,
                               List<AffectedBooking> affectedBookings) {
        static FreeTimeView of(FreeTime f, List<AffectedBooking> affected) {
            return new FreeTimeView(f.id, f.resourceId, f.startsAt, f.endsAt, f.reason, affected);
        }
    }

    private final WorkingHours hours;
    private final TenantContext tenant;

    public FreeTimeResource(WorkingHours hours, TenantContext tenant) {
        this.hours = hours;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> add(@Valid @NotNull NewFreeTime request) {
        return hours.addFreeTime(tenant.id(), request.resourceId(), request.start(), request.end(), request.reason())
                .chain(f -> hours.bookedDuring(f).map(affected -> Response
                        .created(URI.create("/api/v1/free-time/" + f.id)).entity(FreeTimeView.of(f, affected)).build()));
    }

    /** The resource's time off overlapping {@code [from, to)}, by start. */
    @GET
    public Uni<List<FreeTimeView>> list(@QueryParam("resourceId") UUID resourceId, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        if (resourceId == null) {
            throw ProblemException.badField("resourceId", "is required");
        }
        AvailabilityRange range = AvailabilityRange.of(Instants.parse("from", from), Instants.parse("to", to));
        return hours.freeTimes(tenant.id(), resourceId, range.from(), range.to())
                .map(all -> all.stream().map(f -> FreeTimeView.of(f, null)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<FreeTimeView> get(@PathParam("id") UUID id) {
        return hours.freeTime(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("free time", id))
                .chain(f -> hours.bookedDuring(f).map(affected -> FreeTimeView.of(f, affected)));
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return hours.removeFreeTime(tenant.id(), id).map(v -> Response.noContent().build());
    }
}
