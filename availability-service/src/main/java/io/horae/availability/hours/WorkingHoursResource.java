package io.horae.availability.hours;

import io.horae.availability.slot.AvailabilityRange;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.WeeklyRule;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.catalogue.api.TimeSpan;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A resource's working hours, in its location's wall-clock time (Reservanto WorkingHours). */
@Path("/api/v1/working-hours/{resourceId}")
public class WorkingHoursResource {
    public record Rule(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    public record Week(@NotNull @Size(max = 100) List<@Valid @NotNull Rule> rules) {
    }

    public record Window(@NotNull LocalTime start, @NotNull LocalTime end) {
    }

    /** A date's hours; no windows closes the date. */
    public record DateHours(@NotNull @Size(max = 10) List<@Valid @NotNull Window> windows) {
    }

    private final WorkingHours hours;
    private final TenantContext tenant;

    public WorkingHoursResource(WorkingHours hours, TenantContext tenant) {
        this.hours = hours;
        this.tenant = tenant;
    }

    /** The week as set, and the bookings from now on that it no longer covers (they stay; move or cancel them). */
    public record WeekView(List<Rule> rules, List<AffectedBooking> affectedBookings) {
    }

    /** Replaces the weekly rules; a booking the new hours do not cover is listed, never cancelled. */
    @PUT
    public Uni<WeekView> replaceWeek(@PathParam("resourceId") UUID resourceId, @Valid @NotNull Week week) {
        List<WeeklyRule> rules = week.rules().stream().map(r -> new WeeklyRule(r.day(), r.start(), r.end())).toList();
        return hours.replaceWeek(tenant.id(), resourceId, rules)
                .map(change -> new WeekView(week.rules(), change.affected()));
    }

    /** The weekly rules as they were last set. */
    @GET
    @Path("/week")
    public Uni<Week> week(@PathParam("resourceId") UUID resourceId) {
        return hours.week(tenant.id(), resourceId).map(rows -> new Week(rows.stream()
                .map(r -> new Rule(DayOfWeek.of(r.dayOfWeek), r.startTime, r.endTime)).toList()));
    }

    /** Removes a date's own hours: the weekly rules apply to it again. */
    @DELETE
    @Path("/dates/{date}")
    public Uni<Response> clearDate(@PathParam("resourceId") UUID resourceId, @PathParam("date") LocalDate date) {
        return hours.clearDate(tenant.id(), resourceId, date).map(v -> Response.noContent().build());
    }

    @PUT
    @Path("/dates/{date}")
    public Uni<Response> setDate(@PathParam("resourceId") UUID resourceId, @PathParam("date") LocalDate date,
                                 @Valid @NotNull DateHours dateHours) {
        for (int i = 0; i < dateHours.windows().size(); i++) {
            Window w = dateHours.windows().get(i);
            if (!w.end().equals(LocalTime.MIDNIGHT) && !w.end().isAfter(w.start())) {
                throw io.horae.kernel.problem.ProblemException.badField("windows[" + i + "].end", "must be after start");
            }
        }
        return hours.setDate(tenant.id(), resourceId, date, dateHours.windows()).map(v -> Response.noContent().build());
    }

    /** The concrete working windows in a range, exceptions and holidays applied (Reservanto GetForPeriod). */
    @GET
    public Uni<List<TimeSpan>> windows(@PathParam("resourceId") UUID resourceId, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        AvailabilityRange range = AvailabilityRange.of(Instants.parse("from", from), Instants.parse("to", to));
        return hours.windows(tenant.id(), resourceId, range.from(), range.to())
                .map(all -> all.stream().map(Interval::span).toList());
    }
}
