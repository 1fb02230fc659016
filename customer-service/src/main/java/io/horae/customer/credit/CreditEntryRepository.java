package io.horae.customer.credit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CreditEntryRepository implements PanacheRepositoryBase<CreditEntry, UUID> {

    public Uni<CreditEntry> last(String tenantId, UUID customerId) {
        return find("tenantId = ?1 and customerId = ?2", Sort.descending("seq"), tenantId, customerId).firstResult();
    }

    public Uni<List<CreditEntry>> between(String tenantId, UUID customerId, OffsetDateTime from, OffsetDateTime to) {
        return list("tenantId = ?1 and customerId = ?2 and createdAt >= ?3 and createdAt < ?4", Sort.by("seq"),
                tenantId, customerId, from, to);
    }
}
