package io.horae.booking.waitlist;

import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
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

@Path("/api/v1/waitlist")
public class WaitlistResource {
    /** {@code courseId}: a class series, waited for as a whole (a seat in each of its classes still to come). */
    public record NewEntry(@NotNull UUID customerId, UUID resourceId, UUID serviceId, OffsetDateTime start,
                           UUID classId, UUID courseId, @Min(1) @Max(1000) Integer seats) {
    }

    public record EntryView(UUID id, UUID customerId, UUID resourceId, UUID serviceId, OffsetDateTime start,
                            UUID classId, UUID courseId, int seats, WaitlistEntry.Status status, UUID reservationId,
                            OffsetDateTime offerExpiresAt, OffsetDateTime createdAt) {
        static EntryView of(WaitlistEntry e) {
            return new EntryView(e.id, e.customerId, e.resourceId, e.serviceId, e.start, e.classId, e.courseId,
                    e.seats, e.status, e.reservationId, e.offerExpiresAt, e.createdAt);
        }
    }

    private final WaitingList waitingList;
    private final TenantContext tenant;

    public WaitlistResource(WaitingList waitingList, TenantContext tenant) {
        this.waitingList = waitingList;
        this.tenant = tenant;
    }

    /** Joins the line for a slot (resourceId, serviceId, start), a class seat (classId) or a course (courseId). */
    @POST
    public Uni<Response> join(@Valid @NotNull NewEntry entry) {
        return waitingList.join(tenant.id(), new WaitingList.Join(entry.customerId(), entry.resourceId(),
                        entry.serviceId(), entry.start(), entry.classId(), entry.courseId(), entry.seats()))
                .map(e -> Response.created(URI.create("/api/v1/waitlist/" + e.id)).entity(EntryView.of(e)).build());
    }

    @GET
    public Uni<List<EntryView>> list(@QueryParam("status") WaitlistEntry.Status status,
                                     @QueryParam("customerId") UUID customerId, @QueryParam("classId") UUID classId,
                                     @QueryParam("courseId") UUID courseId) {
        return waitingList.entries(tenant.id(), status, customerId, classId, courseId)
                .map(all -> all.stream().map(EntryView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<EntryView> get(@PathParam("id") UUID id) {
        return waitingList.entry(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("waiting list entry", id))
                .map(EntryView::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> leave(@PathParam("id") UUID id) {
        return waitingList.leave(tenant.id(), id).replaceWith(Response.noContent().build());
    }
}
