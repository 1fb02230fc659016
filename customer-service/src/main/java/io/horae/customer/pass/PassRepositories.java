package io.horae.customer.pass;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The pass aggregate's tables. */
final class PassRepositories {
    private PassRepositories() {
    }

    @ApplicationScoped
    static class Definitions implements TenantScopedRepository<PassDefinition, UUID> {
    }

    @ApplicationScoped
    static class CustomerPasses implements TenantScopedRepository<CustomerPass, UUID> {
    }

    @ApplicationScoped
    static class Uses implements PanacheRepositoryBase<PassUse, UUID> {
    }

    @ApplicationScoped
    static class Intermissions implements PanacheRepositoryBase<PassIntermission, UUID> {
    }
}
