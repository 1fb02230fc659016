package io.horae.booking.activity;

import io.horae.booking.api.ActivityPage;
import io.horae.booking.api.ActivityView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.OffsetDateTime;
import java.util.List;

/** What happened to the tenant's bookings since a moment (Reservanto GetActivities). */
@Path("/api/v1/bookings/activities")
public class ActivityResource {
    private final ActivityLog log;
    private final TenantContext tenant;

    public ActivityResource(ActivityLog log, TenantContext tenant) {
        this.log = log;
        this.tenant = tenant;
    }

    /** Oldest first, from {@code since} on (inclusive when {@code after} is 0, the default). */
    @GET
    public Uni<ActivityPage> since(@QueryParam("since") String since,
                                   @QueryParam("after") @DefaultValue("0") long after,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        if (since == null || since.isBlank()) {
            throw ProblemException.badField("since", "is required: an ISO-8601 instant with offset");
        }
        if (limit < 1 || limit > 500) {
            throw ProblemException.badField("limit", "must be between 1 and 500");
        }
        OffsetDateTime from = Instants.parse("since", since);
        OffsetDateTime start = after == 0 ? from.minusNanos(1000) : from;
        return log.since(tenant.id(), start, after, limit).map(items -> items.isEmpty()
                ? new ActivityPage(List.of(), from, after)
                : new ActivityPage(items.stream().map(ActivityResource::view).toList(), items.get(items.size() - 1).at,
                        items.get(items.size() - 1).id));
    }

    private static ActivityView view(Activity a) {
        return new ActivityView(a.id, a.bookingId, a.type, a.status, a.actor, a.detail, a.at);
    }
}
