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

    /** The tenant's movements of every customer in {@code [from, to)}, by time, one page. */
    public Uni<List<CreditEntry>> history(String tenantId, OffsetDateTime from, OffsetDateTime to, int offset,
                                          int limit) {
        return find("tenantId = ?1 and createdAt >= ?2 and createdAt < ?3", Sort.by("createdAt").and("id"),
                tenantId, from, to).range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countHistory(String tenantId, OffsetDateTime from, OffsetDateTime to) {
        return count("tenantId = ?1 and createdAt >= ?2 and createdAt < ?3", tenantId, from, to);
    }
}
