package io.horae.reservations.reservation;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

final class ReservationRepositories {
    private ReservationRepositories() {
    }

    @ApplicationScoped
    static class Reservations implements TenantScopedRepository<Reservation, UUID> {
    }

    @ApplicationScoped
    static class Claims implements PanacheRepositoryBase<Claim, UUID> {
    }
}
