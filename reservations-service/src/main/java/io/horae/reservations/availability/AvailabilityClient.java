package io.horae.reservations.availability;

import io.horae.catalogue.api.FreeStart;
import io.horae.claims.LineOffer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** availability-service, as reservations sees it: whether the catalogue offers lines, and the next free starts. */
@RegisterRestClient(configKey = "availability")
@Path("/api/v1/availability")
public interface AvailabilityClient {
    @POST
    @Path("/bookable")
    Uni<List<LineOffer>> bookable(@HeaderParam("Authorization") String authorization, LineOffer.Question question);

    @GET
    Uni<List<FreeStart>> starts(@HeaderParam("Authorization") String authorization, @QueryParam("serviceId") UUID serviceId,
                            @QueryParam("resourceId") UUID resourceId, @QueryParam("from") String from,
                            @QueryParam("to") String to);
}
