package io.horae.customer.substitution;

import io.horae.customer.api.SubstitutionGrant;
import io.horae.customer.api.SubstitutionUse;
import io.horae.customer.api.SubstitutionView;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * Sessions owed to a customer (Reservanto ServiceSubstitution): granted for one missed or cancelled, each pays one
 * later booking of the same service (booking-service takes one as a payment with method SUBSTITUTION).
 */
@Path("/api/v1/customers/{customerId}/substitutions")
public class ServiceSubstitutionResource {
    private final ServiceSubstitutions substitutions;
    private final TenantContext tenant;

    ServiceSubstitutionResource(ServiceSubstitutions substitutions, TenantContext tenant) {
        this.substitutions = substitutions;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> grant(@PathParam("customerId") UUID customerId, @Valid @NotNull SubstitutionGrant request) {
        return substitutions.grant(tenant.id(), customerId, request)
                .map(all -> Response.status(201).entity(all.stream().map(ServiceSubstitutions::view).toList()).build());
    }

    /** All the customer's substitutions, or with {@code free=true} those that can pay a booking today. */
    @GET
    public Uni<List<SubstitutionView>> held(@PathParam("customerId") UUID customerId, @QueryParam("free") boolean free) {
        return substitutions.held(tenant.id(), customerId, free)
                .map(all -> all.stream().map(ServiceSubstitutions::view).toList());
    }

    /** Takes the free substitution for one of the booked services that expires first; 409 when there is none. */
    @POST
    @Path("/uses")
    public Uni<Response> use(@PathParam("customerId") UUID customerId, @Valid @NotNull SubstitutionUse use) {
        return substitutions.use(tenant.id(), customerId, use.serviceIds(), use.reference())
                .map(s -> Response.status(201).entity(ServiceSubstitutions.view(s)).build());
    }

    /** Frees the substitution again (the payment it made was undone). */
    @DELETE
    @Path("/{id}/use")
    public Uni<SubstitutionView> giveBack(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        return substitutions.giveBack(tenant.id(), customerId, id).map(ServiceSubstitutions::view);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> withdraw(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        return substitutions.withdraw(tenant.id(), customerId, id).map(ignored -> Response.noContent().build());
    }
}
