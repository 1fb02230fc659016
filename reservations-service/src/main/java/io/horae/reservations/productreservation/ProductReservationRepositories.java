package io.horae.reservations.productreservation;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

final class ProductReservationRepositories {
    private ProductReservationRepositories() {
    }

    @ApplicationScoped
    static class Reservations implements TenantScopedRepository<ProductReservation, UUID> {
    }

    @ApplicationScoped
    static class Items implements PanacheRepositoryBase<ProductReservationItem, UUID> {
    }

    @ApplicationScoped
    static class Codes implements PanacheRepositoryBase<ExternalCode, ExternalCode.Key> {
    }

    @ApplicationScoped
    static class States implements PanacheRepositoryBase<StateChange, UUID> {
    }
}
