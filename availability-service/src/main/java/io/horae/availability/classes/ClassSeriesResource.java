package io.horae.availability.classes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.catalogue.api.ClassSeriesView;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Weekly series of classes: scheduled by a rule (days, time, from, until or count, except), and changed or cancelled
 * for "this and following" classes ({@code ?from=} a class of the series) or all those still to come. One class on its
 * own is changed or cancelled at {@code /api/v1/classes/{id}}.
 */
@Path("/api/v1/class-series")
public class ClassSeriesResource {
    /**
     * {@code count}: how many dates of the rule the series holds, excepted dates counted (as RFC 5545's COUNT with
     * EXDATE); give it or {@code until}. {@code capacity}: seats per class, the service's when absent.
     */
    public record NewSeries(@NotNull UUID serviceId, @NotNull UUID resourceId,
                            @NotNull @Size(min = 1, max = 7) Set<@NotNull DayOfWeek> days, @NotNull LocalTime time,
                            @NotNull LocalDate from, LocalDate until, @Min(1) @Max(Recurrence.MOST_CLASSES) Integer count,
                            @Size(max = Recurrence.MOST_CLASSES) Set<@NotNull LocalDate> except,
                            @Min(1) @Max(10000) Integer capacity) {
        Recurrence recurrence() {
            return new Recurrence(days, time, from, until, count, except);
        }

        static NewSeries of(ClassSeries s) {
            return new NewSeries(s.serviceId, s.resourceId, s.dayNames(), s.time, s.first, s.until, s.count,
                    s.exceptDates(), s.capacity);
        }
    }

    private static ClassSeriesView view(ClassSeries s, List<ClassSchedule.WithSeats> classes) {
        return new ClassSeriesView(s.id, s.serviceId, s.resourceId, s.locationId,
                s.dayNames().stream().sorted().toList(), s.time, s.timeZone, s.first, s.until, s.count,
                s.exceptDates().stream().sorted().toList(), s.capacity,
                classes == null ? null : classes.stream().map(ClassResource::view).toList());
    }

    private static ClassSeriesView view(ClassSeriesSchedule.WithClasses found) {
        return view(found.series(), found.classes());
    }

    private final ClassSeriesSchedule schedule;
    private final TenantContext tenant;

    public ClassSeriesResource(ClassSeriesSchedule schedule, TenantContext tenant) {
        this.schedule = schedule;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> schedule(@Valid @NotNull NewSeries request) {
        return schedule.schedule(tenant.id(), request).map(found -> Response
                .created(URI.create("/api/v1/class-series/" + found.series().id)).entity(view(found)).build());
    }

    @GET
    public Uni<List<ClassSeriesView>> list(@QueryParam("serviceId") UUID serviceId) {
        return schedule.list(tenant.id(), serviceId).map(all -> all.stream().map(s -> view(s, null)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ClassSeriesView> get(@PathParam("id") UUID id) {
        return schedule.find(tenant.id(), id).map(ClassSeriesResource::view);
    }

    /**
     * Changes resource, time of day or seats (JSON merge patch of the scheduling request) of the classes from
     * {@code from} on; from a class after the first, they carry on in a new series, which is answered.
     */
    @PATCH
    @Path("/{id}")
    public Uni<ClassSeriesView> change(@PathParam("id") UUID id, @QueryParam("from") UUID from,
                                       @NotNull ObjectNode patch) {
        return schedule.change(tenant.id(), id, from, patch).map(ClassSeriesResource::view);
    }

    /** Cancels the classes from {@code from} on (all still to come without it); their bookings are cancelled. */
    @POST
    @Path("/{id}/cancellation")
    public Uni<ClassSeriesView> cancel(@PathParam("id") UUID id, @QueryParam("from") UUID from,
                                  @Valid ClassResource.Cancellation cancellation) {
        return schedule.cancel(tenant.id(), id, from, cancellation == null ? null : cancellation.reason())
                .map(ClassSeriesResource::view);
    }
}
