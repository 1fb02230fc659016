package io.horae.booking.booking;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;
import java.util.UUID;

/** reservations-service's products, as booking sees them: a name and a price to book them at. */
@RegisterRestClient(configKey = "reservations")
@Path("/api/v1/products")
public interface ProductsClient {
    record Product(UUID id, String name, BigDecimal price, String currency) {
    }

    @GET
    @Path("/{id}")
    Uni<Product> get(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
