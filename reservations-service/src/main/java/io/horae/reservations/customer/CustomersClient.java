package io.horae.reservations.customer;

import io.horae.customer.api.CustomerView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** customer-service's customers, as reservations asks whether a product reservation's customer exists. */
@RegisterRestClient(configKey = "customer")
@Path("/api/v1/customers")
public interface CustomersClient {
    @GET
    @Path("/{id}")
    Uni<CustomerView> customer(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
