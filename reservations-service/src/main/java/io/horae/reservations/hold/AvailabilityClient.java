package io.horae.reservations.hold;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** availability-service, as reservations sees it: whether starts are offered, and class occurrences. */
@RegisterRestClient(configKey = "availability")
@Path("/api/v1")
public interface AvailabilityClient {
    /** An offered start; {@code resourceId} and {@code serviceId} are filled for a class seat, where they come from the class. */
    record Offer(boolean offered, OffsetDateTime start, OffsetDateTime end, OffsetDateTime footprintStart,
                 OffsetDateTime footprintEnd, int capacity, UUID resourceId, UUID serviceId) {
    }

    record Start(UUID resourceId, OffsetDateTime start, OffsetDateTime end) {
    }

    record Interval(OffsetDateTime start, OffsetDateTime end) {
    }

    record ClassOccurrence(UUID id, UUID serviceId, UUID resourceId, OffsetDateTime start, OffsetDateTime end,
                           int capacity, long seatsLeft) {
    }

    @GET
    @Path("/classes/{id}")
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @ExponentialBackoff
    Uni<ClassOccurrence> occurrence(@HeaderParam("Authorization") String authorization, @jakarta.ws.rs.PathParam("id") UUID id);

    /** Within 2 s, retried twice on a broken connection, failing fast while availability is known to be down. */
    @GET
    @Path("/availability/check")
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000,
            failOn = {ProcessingException.class, TimeoutException.class})
    Uni<Offer> check(@HeaderParam("Authorization") String authorization, @QueryParam("serviceId") UUID serviceId,
                     @QueryParam("resourceId") UUID resourceId, @QueryParam("start") String start);

    /** The resource's free time in [from, to): working hours less holidays, time off and claims. */
    @GET
    @Path("/availability/free-time")
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @ExponentialBackoff
    Uni<List<Interval>> freeTime(@HeaderParam("Authorization") String authorization,
                                 @QueryParam("resourceId") UUID resourceId, @QueryParam("from") String from,
                                 @QueryParam("to") String to);

    @GET
    @Path("/availability")
    Uni<List<Start>> starts(@HeaderParam("Authorization") String authorization, @QueryParam("serviceId") UUID serviceId,
                            @QueryParam("resourceId") UUID resourceId, @QueryParam("from") String from,
                            @QueryParam("to") String to);
}
