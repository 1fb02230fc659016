package io.horae.reservations.availability;

import io.horae.claims.LineOffer;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** availability-service, as reservations sees it: whether the catalogue offers lines, and the next free starts. */
@RegisterRestClient(configKey = "availability")
@Path("/api/v1/availability")
public interface AvailabilityClient {
    record Start(UUID resourceId, OffsetDateTime start, OffsetDateTime end) {
    }

    /** Within 2 s, retried twice on a broken connection, failing fast while availability is known to be down. */
    @POST
    @Path("/bookable")
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, retryOn = {ProcessingException.class, TimeoutException.class})
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000,
            failOn = {ProcessingException.class, TimeoutException.class})
    Uni<List<LineOffer>> bookable(@HeaderParam("Authorization") String authorization, LineOffer.Question question);

    @GET
    Uni<List<Start>> starts(@HeaderParam("Authorization") String authorization, @QueryParam("serviceId") UUID serviceId,
                            @QueryParam("resourceId") UUID resourceId, @QueryParam("from") String from,
                            @QueryParam("to") String to);
}
