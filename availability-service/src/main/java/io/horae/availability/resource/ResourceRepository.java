package io.horae.availability.resource;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResourceRepository implements TenantScopedRepository<Resource, UUID> {

    public Uni<List<Resource>> atLocation(String tenantId, UUID locationId) {
        return list("tenantId = ?1 and locationId = ?2", Sort.by("name").and("id"), tenantId, locationId);
    }

    /** Active resources that offer {@code serviceId}, optionally only at one location. */
    public Uni<List<Resource>> offering(String tenantId, UUID serviceId, UUID locationId) {
        String query = "tenantId = ?1 and active = true and id in "
                + "(select o.resourceId from ResourceOffer o where o.serviceId = ?2)"
                + (locationId == null ? "" : " and locationId = ?3");
        return locationId == null ? list(query, Sort.by("name").and("id"), tenantId, serviceId)
                : list(query, Sort.by("name").and("id"), tenantId, serviceId, locationId);
    }
}
