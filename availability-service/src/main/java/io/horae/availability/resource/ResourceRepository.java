package io.horae.availability.resource;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ResourceRepository implements TenantScopedRepository<Resource, UUID> {

    /** The tenant's resources by name, optionally only at one location and only active or retired ones. */
    public Uni<List<Resource>> listed(String tenantId, UUID locationId, Boolean active) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>(Map.of("tenant", tenantId));
        if (locationId != null) {
            query.append(" and locationId = :location");
            parameters.put("location", locationId);
        }
        if (active != null) {
            query.append(" and active = :active");
            parameters.put("active", active);
        }
        return list(query.toString(), Sort.by("name").and("id"), parameters);
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
