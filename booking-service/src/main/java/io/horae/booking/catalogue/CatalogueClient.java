package io.horae.booking.catalogue;

import io.horae.catalogue.api.ServiceView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** availability-service's services, as booking reads one its projection does not know yet. */
@RegisterRestClient(configKey = "availability")
@Path("/api/v1/services")
public interface CatalogueClient {
    @GET
    @Path("/{id}")
    Uni<ServiceView> service(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
