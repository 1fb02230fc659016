package io.horae.availability.search;

import io.horae.availability.slot.AvailabilityRange;
import io.horae.availability.slot.Combinations;
import io.horae.availability.slot.Interval;
import io.horae.availability.slot.Slot;
import io.horae.catalogue.api.CombinationRequest;
import io.horae.catalogue.api.CombinationView;
import io.horae.catalogue.api.FreeDay;
import io.horae.catalogue.api.FreeStart;
import io.horae.catalogue.api.TimeSpan;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Free starts (Reservanto OneToOne/GetAvailableStarts[ForLocation], RentalLike/GetAvailability; Qmatic time slots). */
@Path("/api/v1/availability")
public class AvailabilityResource {
    /** Instants travel in UTC ("2027-03-28T07:00:00Z"); Instant serialises far faster than OffsetDateTime. */
    private static FreeStart view(Slot s) {
        return new FreeStart(s.resourceId(), s.start(), s.end());
    }

    private static CombinationView view(Combinations.CombinationSlot c) {
        return new CombinationView(c.start().atOffset(ZoneOffset.UTC), c.end().atOffset(ZoneOffset.UTC),
                c.legs().stream().map(l -> new CombinationView.Leg(l.serviceId(), l.resourceId(),
                        l.start().atOffset(ZoneOffset.UTC), l.end().atOffset(ZoneOffset.UTC))).toList());
    }

    /** {@code capacity}: how many customers one start takes; above 1, claims share the start. */
    public record OfferView(boolean offered, OffsetDateTime start, OffsetDateTime end, OffsetDateTime footprintStart,
                            OffsetDateTime footprintEnd, int capacity) {
    }


    /** Where the next part of a long answer starts. */
    static final String NEXT_FROM = "Horae-Next-From";

    private final Availability availability;
    private final TenantContext tenant;

    public AvailabilityResource(Availability availability, TenantContext tenant) {
        this.availability = availability;
        this.tenant = tenant;
    }

    /**
     * Starts of a service in {@code [from, to)} on a resource, or on every resource of a location. A long answer
     * comes in parts: a {@code Link: <…>; rel="next"} header gives the same question from where this part ends
     * ({@code Horae-Next-From} the instant).
     */
    @GET
    public Uni<RestResponse<List<FreeStart>>> starts(@QueryParam("serviceId") @NotNull UUID serviceId,
                                                    @QueryParam("resourceId") UUID resourceId,
                                                    @QueryParam("locationId") UUID locationId,
                                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                                    @Context UriInfo uri) {
        AvailabilityRange range = AvailabilityRange.of(Instants.parse("from", from), Instants.parse("to", to));
        return availability.starts(tenant.id(), serviceId, resourceId, locationId, range)
                .map(part -> inParts(part.items().stream().map(AvailabilityResource::view).toList(), part.next(), uri));
    }

    /** The answer, with a link to the same question from {@code next} on when there is more. */
    private static <T> RestResponse<T> inParts(T answer, java.time.Instant next, UriInfo uri) {
        RestResponse.ResponseBuilder<T> response = RestResponse.ResponseBuilder.ok(answer);
        if (next != null) {
            URI rest = uri.getRequestUriBuilder().replaceQueryParam("from", next.toString()).build();
            String query = rest.getRawQuery() == null ? "" : "?" + rest.getRawQuery();
            response.header("Link", "<" + rest.getRawPath() + query + ">; rel=\"next\"");
            response.header(NEXT_FROM, next.toString());
        }
        return response.build();
    }


    /** Per local date, how many distinct starts are offered: a calendar's month view. */
    @GET
    @Path("/days")
    public Uni<List<FreeDay>> days(@QueryParam("serviceId") @NotNull UUID serviceId,
                                   @QueryParam("resourceId") UUID resourceId,
                                   @QueryParam("locationId") UUID locationId,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        AvailabilityRange range = AvailabilityRange.of(Instants.parse("from", from), Instants.parse("to", to));
        return availability.days(tenant.id(), serviceId, resourceId, locationId, range).map(days -> days.stream()
                .map(d -> new FreeDay(d.date(), d.starts(), d.firstStart().atOffset(ZoneOffset.UTC))).toList());
    }

    /** Whether one start is offered now, and the time it would block (buffers included). */
    @GET
    @Path("/check")
    public Uni<OfferView> check(@QueryParam("serviceId") @NotNull UUID serviceId,
                                @QueryParam("resourceId") @NotNull UUID resourceId,
                                @QueryParam("start") String start) {
        OffsetDateTime at = Instants.parse("start", start);
        if (at == null) {
            throw io.horae.kernel.problem.ProblemException.badField("start", "is required");
        }
        return availability.check(tenant.id(), serviceId, resourceId, at).map(o -> new OfferView(o.offered(),
                o.start().atOffset(ZoneOffset.UTC), o.end().atOffset(ZoneOffset.UTC),
                o.footprint().start().atOffset(ZoneOffset.UTC), o.footprint().end().atOffset(ZoneOffset.UTC),
                o.capacity()));
    }

    /**
     * Starts for several services in a row at a location. A long answer comes in parts: the
     * {@code Horae-Next-From} header says where to ask from for the rest.
     */
    @POST
    @Path("/combinations")
    public Uni<RestResponse<List<CombinationView>>> combinations(@Valid @NotNull CombinationRequest request) {
        AvailabilityRange range = AvailabilityRange.of(request.from(), request.to());
        return availability.combinations(tenant.id(), request.serviceIds(), request.locationId(), range)
                .map(part -> {
                    RestResponse.ResponseBuilder<List<CombinationView>> response = RestResponse.ResponseBuilder
                            .ok(part.items().stream().map(AvailabilityResource::view).toList());
                    if (part.next() != null) {
                        response.header(NEXT_FROM, part.next().toString());
                    }
                    return response.build();
                });
    }

    /** A resource's free time in a range, for rentals. */
    @GET
    @Path("/free-time")
    public Uni<List<TimeSpan>> freeTime(@QueryParam("resourceId") @NotNull UUID resourceId,
                                            @QueryParam("from") String from, @QueryParam("to") String to) {
        AvailabilityRange range = AvailabilityRange.of(Instants.parse("from", from), Instants.parse("to", to));
        return availability.freeTime(tenant.id(), resourceId, range).map(all -> all.stream()
                .map(Interval::span)
                .toList());
    }
}
