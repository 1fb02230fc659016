package io.horae.customer.profile;

import io.horae.kernel.warmup.WarmUp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Reads a customer once before customer-service is ready: booking-service asks for the customer of a slot's winner
 * right after a restart, beside a crowd, and the first read builds Hibernate's HQL parser.
 */
@ApplicationScoped
class CustomerReadWarmUp implements WarmUp {
    private final CustomerService customers;

    CustomerReadWarmUp(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public Uni<Void> run() {
        return customers.find("warm-up", new UUID(0, 0)).replaceWithVoid();
    }
}
