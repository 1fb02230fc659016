package io.horae.availability.hours;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Public holidays on which a location is closed. */
@Path("/api/v1/locations/{locationId}/holidays")
public class HolidayResource {
    public record NewHoliday(@NotNull LocalDate date, @NotBlank @Size(max = 200) String name) {
    }

    public record HolidayView(UUID id, LocalDate date, String name) {
    }

    private final WorkingHours hours;
    private final TenantContext tenant;

    public HolidayResource(WorkingHours hours, TenantContext tenant) {
        this.hours = hours;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> add(@PathParam("locationId") UUID locationId, @Valid @NotNull NewHoliday request) {
        return hours.addHoliday(tenant.id(), locationId, request.date(), request.name().strip())
                .map(h -> Response.status(201).entity(new HolidayView(h.id, h.date, h.name)).build());
    }

    /** Removes a holiday: the location works that date again. */
    @DELETE
    @Path("/{id}")
    public Uni<Response> remove(@PathParam("locationId") UUID locationId, @PathParam("id") UUID id) {
        return hours.removeHoliday(tenant.id(), locationId, id).map(v -> Response.noContent().build());
    }

    @GET
    public Uni<List<HolidayView>> list(@PathParam("locationId") UUID locationId) {
        return hours.holidays(tenant.id(), locationId)
                .map(all -> all.stream().map(h -> new HolidayView(h.id, h.date, h.name)).toList());
    }
}
