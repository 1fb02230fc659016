package io.horae.booking.calendar;

import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** What a subscribed calendar fetches: no key, the secret in the path is the credential (404 once revoked). */
@Path("/links/feeds/{secret}/calendar.ics")
public class FeedSubscriptionResource {
    private final CalendarFeeds feeds;

    public FeedSubscriptionResource(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Produces(BookingCalendar.MEDIA_TYPE)
    public Uni<String> calendar(@PathParam("secret") @Size(max = 100) String secret) {
        return feeds.calendar(secret);
    }
}
