package io.horae.availability.location;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, UUID> {

    public Uni<Location> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<List<Location>> listOwned(String tenantId) {
        return list("tenantId = ?1 order by name, id", tenantId);
    }
}
