package io.horae.availability.classes;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ClassSeriesRepository implements TenantScopedRepository<ClassSeries, UUID> {
}
