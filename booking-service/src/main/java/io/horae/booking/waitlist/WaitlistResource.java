package io.horae.booking.waitlist;

import io.horae.booking.api.NewWaitlistEntry;
import io.horae.booking.api.WaitlistEntryView;
import io.horae.booking.api.WaitlistStatus;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
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

@Path("/api/v1/waitlist")
public class WaitlistResource {
    private final WaitingList waitingList;
    private final TenantContext tenant;

    public WaitlistResource(WaitingList waitingList, TenantContext tenant) {
        this.waitingList = waitingList;
        this.tenant = tenant;
    }

    /** Joins the line for a slot (resourceId, serviceId, start), a class seat (classId) or a course (courseId). */
    @POST
    public Uni<Response> join(@Valid @NotNull NewWaitlistEntry entry) {
        return waitingList.join(tenant.id(), entry)
                .map(e -> Response.created(URI.create("/api/v1/waitlist/" + e.id)).entity(e.view()).build());
    }

    @GET
    public Uni<List<WaitlistEntryView>> list(@QueryParam("status") WaitlistStatus status,
                                     @QueryParam("customerId") UUID customerId, @QueryParam("classId") UUID classId,
                                     @QueryParam("courseId") UUID courseId) {
        return waitingList.entries(tenant.id(), status, customerId, classId, courseId)
                .map(all -> all.stream().map(WaitlistEntry::view).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<WaitlistEntryView> get(@PathParam("id") UUID id) {
        return waitingList.entry(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("waiting list entry", id))
                .map(WaitlistEntry::view);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> leave(@PathParam("id") UUID id) {
        return waitingList.leave(tenant.id(), id).replaceWith(Response.noContent().build());
    }
}
