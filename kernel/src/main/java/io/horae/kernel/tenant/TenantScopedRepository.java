package io.horae.kernel.tenant;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * A repository of entities that belong to one tenant (a {@code tenantId} attribute). Reads go through these
 * methods so that another tenant's id is indistinguishable from an unknown one: null, hence 404 (invariant 3).
 */
public interface TenantScopedRepository<E, ID> extends PanacheRepositoryBase<E, ID> {

    default Uni<E> findOwned(String tenantId, ID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    /**
     * The entity locked for update ({@code SELECT … FOR UPDATE}) until the transaction ends, or null when the
     * tenant has no such entity; concurrent changes of one entity queue behind each other instead of racing. Another
     * tenant's row is neither returned nor locked: the condition on the tenant is part of the locking statement.
     */
    default Uni<E> lockOwned(String tenantId, ID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    default Uni<List<E>> listOwned(String tenantId, Sort sort) {
        return list("tenantId = ?1", sort, tenantId);
    }
}
