package io.horae.customer.customer;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements TenantScopedRepository<Customer, UUID> {
}
