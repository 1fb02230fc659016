package io.horae.availability.hours;

import io.horae.availability.slot.AvailabilityRange;
import io.horae.catalogue.api.FreeTimeView;
import io.horae.catalogue.api.NewFreeTime;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Time off of a resource (Reservanto FreeTime Create, Get, Delete). */
@Path("/api/v1/free-time")
public class FreeTimeResource {
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
                        .created(URI.create("/api/v1/free-time/" + f.id)).entity(f.view(affected)).build()));
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
                .map(all -> all.stream().map(f -> f.view(null)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<FreeTimeView> get(@PathParam("id") UUID id) {
        return hours.freeTime(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("free time", id))
                .chain(f -> hours.bookedDuring(f).map(affected -> f.view(affected)));
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return hours.removeFreeTime(tenant.id(), id).map(v -> Response.noContent().build());
    }
}
