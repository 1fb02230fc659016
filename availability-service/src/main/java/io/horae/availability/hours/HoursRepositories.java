package io.horae.availability.hours;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The tables of working time. */
public final class HoursRepositories {
    private HoursRepositories() {
    }

    @ApplicationScoped
    public static class Rules implements PanacheRepositoryBase<WorkingHoursRule, UUID> {
    }

    @ApplicationScoped
    public static class Exceptions implements PanacheRepositoryBase<WorkingHoursException, UUID> {
    }

    @ApplicationScoped
    public static class Holidays implements PanacheRepositoryBase<Holiday, UUID> {
    }

    @ApplicationScoped
    public static class FreeTimes implements TenantScopedRepository<FreeTime, UUID> {
    }
}
