package io.horae.customer.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.customer.api.CustomerPage;
import io.horae.customer.api.CustomerView;
import io.horae.customer.api.NewCustomer;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/customers")
public class CustomerResource {
    private static final Map<String, String> SORTABLE =
            Map.of("createdAt", "createdAt", "lastName", "nameKey", "firstName", "firstName");

    private final CustomerService customers;
    private final TenantContext tenant;

    public CustomerResource(CustomerService customers, TenantContext tenant) {
        this.customers = customers;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> register(@Valid @NotNull NewCustomer request) {
        return customers.register(tenant.id(), request)
                .map(c -> Response.created(URI.create("/api/v1/customers/" + c.id)).entity(CustomerService.view(c)).build());
    }

    /**
     * Customers page by page, oldest first unless {@code sort} says otherwise ({@code -createdAt}, {@code lastName});
     * {@code email} and {@code personalIdentifier} find exactly the customer that has them.
     */
    @GET
    public Uni<CustomerPage> list(@QueryParam("registeredSince") String registeredSince,
                                  @QueryParam("email") @Size(max = 254) String email,
                                  @QueryParam("personalIdentifier") @Size(max = 100) String personalIdentifier,
                                  @QueryParam("sort") @DefaultValue("createdAt") String sort,
                                  @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        CustomerRepository.Filter filter = new CustomerRepository.Filter(
                Instants.parse("registeredSince", registeredSince), email, personalIdentifier);
        return customers.page(tenant.id(), filter, sort(sort), offset, limit)
                .map(page -> new CustomerPage(page.items().stream().map(CustomerService::view).toList(), page.total(),
                        offset, limit));
    }

    /** Up to {@code limit} customers matching every word of {@code q} in name, e-mail, phone or identifier. */
    @GET
    @Path("/search")
    public Uni<List<CustomerView>> search(@QueryParam("q") @NotBlank @Size(max = 200) String q,
                                          @QueryParam("limit") @DefaultValue("15") @Min(1) @Max(100) int limit) {
        return customers.search(tenant.id(), q, limit).map(found -> found.stream().map(CustomerService::view).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<CustomerView> get(@PathParam("id") UUID id) {
        return customers.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .map(CustomerService::view);
    }

    @PATCH
    @Path("/{id}")
    public Uni<CustomerView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return customers.change(tenant.id(), id, patch).map(CustomerService::view);
    }

    /** Erases the customer's personal data (GDPR); the id stays, so bookings and ledgers keep their meaning. */
    @DELETE
    @Path("/{id}")
    public Uni<Response> erase(@PathParam("id") UUID id) {
        return customers.erase(tenant.id(), id).map(ignored -> Response.noContent().build());
    }

    private static Sort sort(String sort) {
        boolean descending = sort.startsWith("-");
        String field = SORTABLE.get(descending ? sort.substring(1) : sort);
        if (field == null) {
            throw ProblemException.badField("sort", "must be one of " + String.join(", ", SORTABLE.keySet())
                    + ", optionally prefixed with -");
        }
        return Sort.by(field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
    }
}
