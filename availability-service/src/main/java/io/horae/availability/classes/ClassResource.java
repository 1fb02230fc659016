package io.horae.availability.classes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.catalogue.api.ClassView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/classes")
public class ClassResource {
    public record NewClass(@NotNull UUID serviceId, @NotNull UUID resourceId, @NotNull OffsetDateTime start,
                           @Min(1) @Max(10000) Integer capacity) {
    }

    /** The occurrence as clients read it, times in UTC as every answer gives them. */
    static ClassView view(ClassSchedule.WithSeats c) {
        ClassOccurrence o = c.occurrence();
        return new ClassView(o.id, o.seriesId, o.serviceId, o.resourceId, o.locationId,
                o.startsAt.withOffsetSameInstant(ZoneOffset.UTC), o.endsAt.withOffsetSameInstant(ZoneOffset.UTC),
                o.capacity, c.seatsLeft(), o.cancelledAt, o.cancelReason);
    }

    public record Cancellation(@Size(max = 500) String reason) {
    }

    private final ClassSchedule schedule;
    private final TenantContext tenant;

    public ClassResource(ClassSchedule schedule, TenantContext tenant) {
        this.schedule = schedule;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> schedule(@Valid @NotNull NewClass request) {
        return schedule.schedule(tenant.id(), request).map(c -> Response.created(URI.create("/api/v1/classes/" + c.id))
                .entity(view(new ClassSchedule.WithSeats(c, c.capacity))).build());
    }

    /** Classes at a location in a range (Reservanto Classes/GetAvailableAppointments with {@code available=true}). */
    @GET
    public Uni<List<ClassView>> list(@QueryParam("locationId") @NotNull UUID locationId,
                                     @QueryParam("serviceId") UUID serviceId,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("available") @DefaultValue("false") boolean available) {
        var range = io.horae.availability.slot.AvailabilityRange.of(Instants.parse("from", from), Instants.parse("to", to));
        return schedule.between(tenant.id(), locationId, serviceId, range.from(), range.to(), available)
                .map(all -> all.stream().map(ClassResource::view).toList());
    }

    /** Cancels the occurrence: its bookings are cancelled (refunds, e-mails, webhooks) and its waiting list dropped. */
    @POST
    @Path("/{id}/cancellation")
    public Uni<ClassView> cancel(@PathParam("id") UUID id, @Valid Cancellation cancellation) {
        return schedule.cancel(tenant.id(), id, cancellation == null ? null : cancellation.reason())
                .map(c -> view(new ClassSchedule.WithSeats(c, 0)));
    }

    /**
     * Changes this one class (JSON merge patch of the request that scheduled it): another start, resource or number of
     * seats. A class with bookings keeps its time and place and never has fewer seats than are booked (409). "This and
     * following" classes of a series: {@code PATCH /api/v1/class-series/{seriesId}?from={id}}.
     */
    @PATCH
    @Path("/{id}")
    public Uni<ClassView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return schedule.change(tenant.id(), id, patch).map(ClassResource::view);
    }

    @GET
    @Path("/{id}")
    public Uni<ClassView> get(@PathParam("id") UUID id) {
        return schedule.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("class", id))
                .map(ClassResource::view);
    }
}
