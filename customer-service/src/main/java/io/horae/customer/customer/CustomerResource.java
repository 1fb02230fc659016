package io.horae.customer.customer;

import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/customers")
public class CustomerResource {
    public record NewCustomer(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{3,32}", message = "must be a phone number") String phone) {
    }

    public record CustomerView(UUID id, String firstName, String lastName, String email, String phone,
                               OffsetDateTime createdAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id, c.firstName, c.lastName, c.email, c.phone, c.createdAt);
        }
    }

    private final CustomerService customers;
    private final TenantContext tenant;

    public CustomerResource(CustomerService customers, TenantContext tenant) {
        this.customers = customers;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> register(@Valid @NotNull NewCustomer request) {
        return customers.register(tenant.id(), request)
                .map(c -> Response.created(URI.create("/api/v1/customers/" + c.id)).entity(CustomerView.of(c)).build());
    }

    @GET
    @Path("/{id}")
    public Uni<CustomerView> get(@PathParam("id") UUID id) {
        return customers.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .map(CustomerView::of);
    }
}
