package io.horae.availability.location;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.catalogue.api.LocationView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/locations")
public class LocationResource {
    public record NewLocation(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String timeZone,
            @Size(max = 200) String street,
            @Size(max = 100) String city,
            @Size(max = 20) String zipCode,
            @Size(min = 2, max = 2) String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        /** The location as the request that would open it as it is now: what a patch is applied to. */
        static NewLocation of(Location l) {
            return new NewLocation(l.name, l.timeZone, l.street, l.city, l.zipCode, l.country, l.latitude,
                    l.longitude);
        }
    }

    static LocationView view(Location l) {
        return new LocationView(l.id, l.name, l.timeZone, l.street, l.city, l.zipCode, l.country, l.latitude,
                l.longitude, l.active);
    }

    /** The location retired or in use again, and the future bookings at its resources (retiring it retired them). */
    public record RetirementView(LocationView location, List<AffectedBooking> affectedBookings) {
        static RetirementView of(LocationService.Retirement r) {
            return new RetirementView(view(r.location()), r.affected());
        }
    }

    private final LocationService locations;
    private final TenantContext tenant;

    public LocationResource(LocationService locations, TenantContext tenant) {
        this.locations = locations;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> open(@Valid @NotNull NewLocation request) {
        return locations.open(tenant.id(), request)
                .map(l -> Response.created(URI.create("/api/v1/locations/" + l.id)).entity(view(l)).build());
    }

    /** The locations, all or ({@code active}) only those in use or only those retired. */
    @GET
    public Uni<List<LocationView>> list(@QueryParam("active") Boolean active) {
        return locations.list(tenant.id(), active).map(all -> all.stream().map(LocationResource::view).toList());
    }

    /** Retires the location and every resource in use at it; lists the future bookings on them. */
    @POST
    @Path("/{id}/deactivation")
    public Uni<RetirementView> deactivate(@PathParam("id") UUID id) {
        return locations.setActive(tenant.id(), id, false).map(RetirementView::of);
    }

    /** Puts the location in use again; its resources are put in use one by one. */
    @POST
    @Path("/{id}/activation")
    public Uni<LocationView> activate(@PathParam("id") UUID id) {
        return locations.setActive(tenant.id(), id, true).map(r -> view(r.location()));
    }

    /** Deletes a location no resource is at (409 otherwise), with its holidays. */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return locations.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }

    /** Changes the location by JSON merge patch (name, time zone, address, position), checked as a new one is. */
    @PATCH
    @Path("/{id}")
    public Uni<LocationView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return locations.change(tenant.id(), id, patch).map(LocationResource::view);
    }

    @GET
    @Path("/{id}")
    public Uni<LocationView> get(@PathParam("id") UUID id) {
        return locations.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("location", id))
                .map(LocationResource::view);
    }
}
