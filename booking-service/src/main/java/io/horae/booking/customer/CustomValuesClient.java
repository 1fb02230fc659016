package io.horae.booking.customer;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** customer-service's custom value definitions, as booking checks a booking's values against them. */
@RegisterRestClient(configKey = "customer")
@Path("/api/v1/custom-value-definitions")
public interface CustomValuesClient {
    /** {@code values}: as the client sent them (JSON nodes of a patch, or the values of a new booking). */
    record Check(String scope, Map<String, ?> values) {
    }

    record Checked(Map<String, Object> values) {
    }

    @POST
    @Path("/check")
    Uni<Checked> check(@HeaderParam("Authorization") String authorization, Check check);
}
