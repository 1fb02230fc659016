package io.horae.booking.customer;

import io.horae.customer.api.CheckedCustomValues;
import io.horae.customer.api.CustomValuesCheck;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** customer-service's custom value definitions, as booking checks a booking's values against them (customer-api). */
@RegisterRestClient(configKey = "customer")
@Path("/api/v1/custom-value-definitions")
public interface CustomValuesClient {
    @POST
    @Path("/check")
    Uni<CheckedCustomValues> check(@HeaderParam("Authorization") String authorization, CustomValuesCheck check);
}
