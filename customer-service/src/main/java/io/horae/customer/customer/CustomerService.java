package io.horae.customer.customer;

import io.horae.events.customer.CustomerCreated;
import io.horae.kernel.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class CustomerService {
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public CustomerService(CustomerRepository customers, Outbox outbox) {
        this.customers = customers;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Customer> register(String tenantId, CustomerResource.NewCustomer request) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.tenantId = tenantId;
        customer.firstName = request.firstName().strip();
        customer.lastName = request.lastName().strip();
        customer.email = request.email();
        customer.phone = request.phone();
        customer.createdAt = OffsetDateTime.now(clock);
        return customers.persist(customer)
                .call(saved -> outbox.append(tenantId, saved.id, CustomerCreated.TYPE, new CustomerCreated(
                        saved.id, saved.firstName, saved.lastName, saved.email, saved.phone)));
    }

    @WithSession
    public Uni<Customer> find(String tenantId, UUID id) {
        return customers.findOwned(tenantId, id);
    }
}
