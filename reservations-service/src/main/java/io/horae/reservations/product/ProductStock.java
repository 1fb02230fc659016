package io.horae.reservations.product;

import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * How many pieces of a product each store (a location) holds for reservations. Taking is one conditional statement,
 * so concurrent claims can never take more than a store holds; a store without a level of the product holds none.
 */
@ApplicationScoped
public class ProductStock {
    /** Takes $4 pieces of product $2 from store $3 of tenant $1 unless it has fewer. */
    public static final String TAKE = """
            UPDATE product_stock SET quantity = quantity - $4
            WHERE tenant_id = $1 AND product_id = $2 AND store_id = $3 AND quantity >= $4""";
    private static final String GIVE_BACK = """
            UPDATE product_stock SET quantity = quantity + ?4 WHERE tenant_id = ?1 AND product_id = ?2 AND store_id = ?3""";

    public record Level(UUID storeId, int quantity) {
    }

    private final ProductRepository products;

    public ProductStock(ProductRepository products) {
        this.products = products;
    }

    @WithTransaction
    public Uni<Level> set(String tenantId, UUID productId, UUID storeId, int quantity) {
        return owned(tenantId, productId).chain(() -> Panache.getSession()).chain(s -> s.createNativeQuery("""
                        INSERT INTO product_stock (tenant_id, product_id, store_id, quantity) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (product_id, store_id) DO UPDATE SET quantity = EXCLUDED.quantity""")
                        .setParameter(1, tenantId).setParameter(2, productId).setParameter(3, storeId)
                        .setParameter(4, quantity).executeUpdate())
                .replaceWith(new Level(storeId, quantity));
    }

    @WithSession
    public Uni<List<Level>> levels(String tenantId, UUID productId) {
        return owned(tenantId, productId).chain(() -> Panache.getSession()).chain(s -> s.createNativeQuery(
                        "SELECT store_id, quantity FROM product_stock WHERE product_id = ?1 ORDER BY store_id",
                        Object[].class).setParameter(1, productId).getResultList())
                .map(rows -> rows.stream().map(r -> new Level((UUID) r[0], (Integer) r[1])).toList());
    }

    /** Takes {@code amount} pieces from the store's stock, in the caller's transaction; false if it has fewer. */
    public static Uni<Boolean> take(String tenantId, UUID productId, UUID storeId, int amount) {
        return change(TAKE.replace('$', '?'), tenantId, productId, storeId, amount).map(updated -> updated == 1);
    }

    /** Returns pieces taken before, in the caller's transaction. */
    public static Uni<Void> giveBack(String tenantId, UUID productId, UUID storeId, int amount) {
        return change(GIVE_BACK, tenantId, productId, storeId, amount).replaceWithVoid();
    }

    private static Uni<Integer> change(String statement, String tenantId, UUID productId, UUID storeId, int amount) {
        return Panache.getSession().chain(s -> s.createNativeQuery(statement).setParameter(1, tenantId)
                .setParameter(2, productId).setParameter(3, storeId).setParameter(4, amount).executeUpdate());
    }

    private Uni<Void> owned(String tenantId, UUID productId) {
        return products.findOwned(tenantId, productId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", productId))
                .replaceWithVoid();
    }
}
