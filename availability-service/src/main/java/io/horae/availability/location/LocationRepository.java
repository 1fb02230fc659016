package io.horae.availability.location;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class LocationRepository implements TenantScopedRepository<Location, UUID> {
}
