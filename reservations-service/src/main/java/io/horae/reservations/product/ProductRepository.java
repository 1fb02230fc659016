package io.horae.reservations.product;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProductRepository implements TenantScopedRepository<Product, UUID> {
}
