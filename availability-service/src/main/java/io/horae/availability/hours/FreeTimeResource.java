package io.horae.availability.hours;

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
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Time off of a resource (Reservanto FreeTime Create, Get, Delete). */
@Path("/api/v1/free-time")
public class FreeTimeResource {
    public record NewFreeTime(@NotNull UUID resourceId, @NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
                              @Size(max = 500) String reason) {
    }

    public record FreeTimeView(UUID id, UUID resourceId, OffsetDateTime start, OffsetDateTime end, String reason) {
        static FreeTimeView of(FreeTime f) {
            return new FreeTimeView(f.id, f.resourceId, f.startsAt, f.endsAt, f.reason);
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
                .map(f -> Response.created(URI.create("/api/v1/free-time/" + f.id)).entity(FreeTimeView.of(f)).build());
    }

    @GET
    @Path("/{id}")
    public Uni<FreeTimeView> get(@PathParam("id") UUID id) {
        return hours.freeTime(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("free time", id))
                .map(FreeTimeView::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return hours.removeFreeTime(tenant.id(), id).map(v -> Response.noContent().build());
    }
}
