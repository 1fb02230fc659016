package io.horae.booking.calendar;

import io.horae.booking.lifecycle.BookingSettings;
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

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The merchant's calendar feeds ({@code /api/v1/calendar-feeds}): one for a resource's staff or for a customer, with
 * its times in {@code timeZone} (IANA; default UTC), revoked by {@code DELETE}. The answer that makes a feed is
 * the only one that shows its URL.
 */
@Path("/api/v1/calendar-feeds")
public class CalendarFeedResource {
    public record NewFeed(UUID resourceId, UUID customerId, @Size(max = 64) String timeZone) {
    }

    /** The tenant's feeds, revoked ones included; their URLs are not shown again. */
    public record Items(List<CalendarFeeds.Feed> items) {
    }

    private final CalendarFeeds feeds;
    private final TenantContext tenant;
    private final String publicUrl;

    public CalendarFeedResource(CalendarFeeds feeds, TenantContext tenant, BookingSettings settings) {
        this.feeds = feeds;
        this.tenant = tenant;
        this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
    }

    @POST
    public Uni<Response> create(@Valid @NotNull NewFeed request) {
        if ((request.resourceId() == null) == (request.customerId() == null)) {
            throw ProblemException.badRequest("give either resourceId (a resource's feed) or customerId (a customer's)");
        }
        ZoneId zone;
        try {
            zone = request.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.badField("timeZone", "is not an IANA time zone such as Europe/Prague");
        }
        return feeds.create(tenant.id(), request.resourceId(), request.customerId(), zone, publicUrl)
                .map(feed -> Response.status(201).entity(feed).build());
    }

    @GET
    public Uni<Items> list() {
        return feeds.list(tenant.id()).map(Items::new);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> revoke(@PathParam("id") UUID id) {
        return feeds.revoke(tenant.id(), id).map(done -> Response.noContent().build());
    }
}
