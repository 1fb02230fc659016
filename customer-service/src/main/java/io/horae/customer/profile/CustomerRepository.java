package io.horae.customer.profile;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements TenantScopedRepository<Customer, UUID> {

    public record Page(List<Customer> items, long total) {
    }

    /** Registered customers (erased ones excluded), optionally only those registered since an instant. */
    /** Which customers a page lists: registered since, and exactly this e-mail or personal identifier, when given. */
    public record Filter(OffsetDateTime registeredSince, String email, String personalIdentifier) {
    }

    public Uni<Page> page(String tenantId, Filter filter, Sort sort, int offset, int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant and erasedAt is null");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (filter.registeredSince() != null) {
            query.append(" and createdAt >= :since");
            parameters = parameters.and("since", filter.registeredSince());
        }
        if (filter.email() != null) {
            query.append(" and email = :email");
            parameters = parameters.and("email", filter.email());
        }
        if (filter.personalIdentifier() != null) {
            query.append(" and personalIdentifier = :identifier");
            parameters = parameters.and("identifier", filter.personalIdentifier());
        }
        var found = find(query.toString(), sort, parameters);
        return found.range(offset, offset + limit - 1).list()
                .chain(items -> found.count().map(total -> new Page(items, total)));
    }

    /**
     * Customers whose folded key contains every word of the query; an exact personal identifier or name first,
     * then names starting with the query, then the rest by name.
     */
    public Uni<List<Customer>> search(String tenantId, String rawQuery, List<String> words, int limit) {
        StringBuilder where = new StringBuilder("tenantId = :tenant and erasedAt is null");
        Parameters parameters = Parameters.with("tenant", tenantId);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and searchKey like :w").append(i).append(" escape '\\'");
            parameters = parameters.and("w" + i, "%" + SearchKeys.likeLiteral(words.get(i)) + "%");
        }
        String folded = String.join(" ", words);
        String ranked = where + " order by case when personalIdentifier = :raw or nameKey = :folded then 0"
                + " when nameKey like :prefix escape '\\' then 1 else 2 end, nameKey, id";
        parameters = parameters.and("raw", rawQuery.strip()).and("folded", folded)
                .and("prefix", SearchKeys.likeLiteral(folded) + "%");
        return find(ranked, parameters).range(0, limit - 1).list();
    }

    /** The tenant's customer for a wallet or account change: 404 when unknown, 409 when erased. */
    public Uni<Customer> active(String tenantId, UUID id) {
        return findOwned(tenantId, id).map(c -> usable(c, id));
    }

    /** The same, with the customer's row locked until the transaction ends: wallet changes queue up here. */
    public Uni<Customer> activeLocked(String tenantId, UUID id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .map(c -> usable(c == null || !c.tenantId.equals(tenantId) ? null : c, id));
    }

    private static Customer usable(Customer customer, UUID id) {
        if (customer == null) {
            throw io.horae.kernel.problem.ProblemException.notFound("customer", id);
        }
        if (customer.isErased()) {
            throw io.horae.kernel.problem.ProblemException.conflict("customer " + id + " was erased");
        }
        return customer;
    }

    public Uni<Boolean> identifierTaken(String tenantId, String personalIdentifier, UUID except) {
        return count("tenantId = ?1 and personalIdentifier = ?2 and id <> ?3", tenantId, personalIdentifier, except)
                .map(n -> n > 0);
    }
}
