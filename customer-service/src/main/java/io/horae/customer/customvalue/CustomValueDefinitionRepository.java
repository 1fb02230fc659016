package io.horae.customer.customvalue;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class CustomValueDefinitionRepository implements TenantScopedRepository<CustomValueDefinition, UUID> {
}
