package io.horae.compat.nativeapi;

import io.horae.booking.api.NewWaitlistEntry;
import io.horae.booking.api.WaitlistEntryView;
import io.horae.booking.api.WaitlistStatus;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.List;
import java.util.UUID;

/** booking-service's waiting list for one caller, in booking-api's types. */
public final class Waitlist {
    private static final String WAITLIST = "/api/v1/waitlist";

    /** Which entries to read: in one status, of a customer, for a course (null: any). */
    public record Query(WaitlistStatus status, UUID customer, UUID course) {
        String query() {
            StringBuilder query = new StringBuilder("?status=").append(status);
            if (customer != null) {
                query.append("&customerId=").append(customer);
            }
            if (course != null) {
                query.append("&courseId=").append(course);
            }
            return query.toString();
        }
    }

    private final NativeApi.Calls calls;

    Waitlist(NativeApi.Calls calls) {
        this.calls = calls;
    }

    public Future<WaitlistEntryView> join(NewWaitlistEntry entry) {
        return calls.send(HttpMethod.POST, WAITLIST, entry, WaitlistEntryView.class);
    }

    public Future<List<WaitlistEntryView>> entries(Query query) {
        return calls.sendForList(HttpMethod.GET, WAITLIST + query.query(), null, WaitlistEntryView.class);
    }

    public Future<Void> leave(UUID entry) {
        return calls.send(HttpMethod.DELETE, WAITLIST + "/" + entry, null);
    }
}
