package io.horae.customer.substitution;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Sessions owed to a customer (Reservanto ServiceSubstitution): granted for one missed or cancelled, each pays one
 * later booking of the same service (booking-service takes one as a payment with method SUBSTITUTION).
 */
@Path("/api/v1/customers/{customerId}/substitutions")
public class ServiceSubstitutionResource {
    public record NewSubstitutions(@NotNull UUID serviceId, @Min(1) @Max(100) Integer count,
                                   @NotNull LocalDate validUntil, @Size(max = 500) String reason,
                                   @Size(max = 100) String originReference) {
    }

    public record Use(@NotEmpty @Size(max = 20) List<@NotNull UUID> serviceIds, @NotNull @Size(max = 200) String reference) {
    }

    public record SubstitutionView(UUID id, UUID serviceId, String reason, String originReference,
                                   LocalDate validUntil, String usedBy, OffsetDateTime usedAt, OffsetDateTime createdAt) {
        static SubstitutionView of(ServiceSubstitution s) {
            return new SubstitutionView(s.id, s.serviceId, s.reason, s.originReference, s.validUntil, s.usedBy,
                    s.usedAt, s.createdAt);
        }
    }

    private final ServiceSubstitutions substitutions;
    private final TenantContext tenant;

    ServiceSubstitutionResource(ServiceSubstitutions substitutions, TenantContext tenant) {
        this.substitutions = substitutions;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> grant(@PathParam("customerId") UUID customerId, @Valid @NotNull NewSubstitutions request) {
        return substitutions.grant(tenant.id(), customerId, new ServiceSubstitutions.Grant(request.serviceId(),
                        request.count() == null ? 1 : request.count(), request.validUntil(), request.reason(),
                        request.originReference()))
                .map(all -> Response.status(201).entity(all.stream().map(SubstitutionView::of).toList()).build());
    }

    /** All the customer's substitutions, or with {@code free=true} those that can pay a booking today. */
    @GET
    public Uni<List<SubstitutionView>> held(@PathParam("customerId") UUID customerId, @QueryParam("free") boolean free) {
        return substitutions.held(tenant.id(), customerId, free)
                .map(all -> all.stream().map(SubstitutionView::of).toList());
    }

    /** Takes the free substitution for one of the booked services that expires first; 409 when there is none. */
    @POST
    @Path("/uses")
    public Uni<Response> use(@PathParam("customerId") UUID customerId, @Valid @NotNull Use use) {
        return substitutions.use(tenant.id(), customerId, use.serviceIds(), use.reference())
                .map(s -> Response.status(201).entity(SubstitutionView.of(s)).build());
    }

    /** Frees the substitution again (the payment it made was undone). */
    @DELETE
    @Path("/{id}/use")
    public Uni<SubstitutionView> giveBack(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        return substitutions.giveBack(tenant.id(), customerId, id).map(SubstitutionView::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> withdraw(@PathParam("customerId") UUID customerId, @PathParam("id") UUID id) {
        return substitutions.withdraw(tenant.id(), customerId, id).map(ignored -> Response.noContent().build());
    }
}
