package io.horae.reservations.product;

import io.horae.kernel.persistence.Constraints;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The merchant's product categories: one for every name a product gives (made the first time), defined ahead,
 * renamed (on their products too) and deleted while no product names them.
 */
@ApplicationScoped
public class ProductCategories {
    @ApplicationScoped
    static class Repository implements TenantScopedRepository<ProductCategory, UUID> {
    }

    private final Repository categories;

    ProductCategories(Repository categories) {
        this.categories = categories;
    }

    /** The category named {@code name}, made now when there is none; in the caller's transaction. */
    Uni<Void> ensure(String tenantId, String name) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO product_category (id, tenant_id, name, created_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT ON CONSTRAINT product_category_name DO NOTHING""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, tenantId).setParameter(3, name)
                .setParameter(4, OffsetDateTime.now()).executeUpdate()).replaceWithVoid();
    }

    @WithTransaction
    public Uni<ProductCategory> define(String tenantId, String name) {
        ProductCategory category = new ProductCategory();
        category.id = UUID.randomUUID();
        category.tenantId = tenantId;
        category.name = name;
        category.createdAt = OffsetDateTime.now();
        return named(categories.persistAndFlush(category), name);
    }

    /** Renames the category, and so every product of it. */
    @WithTransaction
    public Uni<ProductCategory> rename(String tenantId, UUID id, String name) {
        return owned(tenantId, id).call(c -> {
            String was = c.name;
            c.name = name;
            return named(categories.flush(), name).chain(() -> Panache.getSession().chain(session -> session
                    .createNativeQuery("UPDATE product SET category = ?1 WHERE tenant_id = ?2 AND category = ?3")
                    .setParameter(1, name).setParameter(2, tenantId).setParameter(3, was).executeUpdate()));
        });
    }

    /** Deletes a category no product names; 409 naming how many do. */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(c -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM product WHERE tenant_id = ?1 AND category = ?2", Long.class)
                        .setParameter(1, tenantId).setParameter(2, c.name).getSingleResult()).invoke(used -> {
                    if (used > 0) {
                        throw ProblemException.conflict(used + " products are in category " + c.name);
                    }
                }))
                .call(categories::delete)
                .replaceWithVoid();
    }

    @WithSession
    public Uni<List<ProductCategory>> list(String tenantId) {
        return categories.listOwned(tenantId, Sort.by("name").and("id"));
    }

    @WithSession
    public Uni<ProductCategory> find(String tenantId, UUID id) {
        return owned(tenantId, id);
    }

    private Uni<ProductCategory> owned(String tenantId, UUID id) {
        return categories.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product category", id));
    }

    /** A write of the category named {@code name}: 409 when the tenant has another of that name. */
    private static <T> Uni<T> named(Uni<T> write, String name) {
        return Constraints.refusedAs(write, "product_category_name", "product category " + name + " exists");
    }
}
