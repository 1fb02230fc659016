package io.horae.reservations.product;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The products a merchant reserves: defined, changed (a new price applies to reservations made after it; one made
 * before keeps its items' prices), retired (kept for the reservations that have it, in no new one), offered again, or
 * deleted while no reservation or claim has ever named it.
 */
@ApplicationScoped
public class ProductService {
    private static final String USES = """
            SELECT (SELECT count(*) FROM product_reservation_item WHERE product_id = ?1)
                 + (SELECT count(*) FROM claim WHERE product_id = ?1)""";

    private final ProductRepository products;
    private final ProductCategories categories;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    public ProductService(ProductRepository products, ProductCategories categories, Patches patches) {
        this.products = products;
        this.categories = categories;
        this.patches = patches;
    }

    @WithTransaction
    public Uni<Product> define(String tenantId, ProductResource.NewProduct request) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.tenantId = tenantId;
        product.active = true;
        product.createdAt = OffsetDateTime.now(clock);
        fill(product, request);
        return products.persist(product).call(this::categorised);
    }

    /** Applies a JSON merge patch, checked by the rules of a new product. */
    @WithTransaction
    public Uni<Product> change(String tenantId, UUID id, ObjectNode patch) {
        return owned(tenantId, id).invoke(p -> fill(p, patches.apply(ProductResource.NewProduct.of(p), patch,
                ProductResource.NewProduct.class))).call(this::categorised);
    }

    /** Retires the product ({@code active} false) or offers it again. */
    @WithTransaction
    public Uni<Product> setActive(String tenantId, UUID id, boolean active) {
        return owned(tenantId, id).invoke(p -> p.active = active);
    }

    /** Deletes a product no reservation or claim has named, with its stock; 409 otherwise (retire it instead). */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(p -> Panache.getSession().chain(session -> session.createNativeQuery(USES, Long.class)
                        .setParameter(1, id).getSingleResult()).invoke(uses -> {
                    if (uses > 0) {
                        throw ProblemException.conflict("product " + id + " is named by " + uses
                                + " reservations and claims; deactivate it instead");
                    }
                }))
                .call(p -> Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM product_stock WHERE product_id = ?1")
                        .setParameter(1, id).executeUpdate()))
                .call(products::delete)
                .replaceWithVoid();
    }

    /** The product's category is in the catalogue of categories (made the first time a product names it). */
    private Uni<Void> categorised(Product p) {
        return p.category == null ? Uni.createFrom().voidItem() : categories.ensure(p.tenantId, List.of(p.category));
    }

    private Uni<Product> owned(String tenantId, UUID id) {
        return products.findOwned(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("product", id));
    }

    private static void fill(Product product, ProductResource.NewProduct request) {
        product.name = request.name().strip();
        product.price = request.price();
        product.currency = request.currency();
        product.vatRate = request.vatRate();
        product.category = request.category() == null || request.category().isBlank() ? null
                : request.category().strip();
    }

    @WithSession
    public Uni<Product> find(String tenantId, UUID id) {
        return products.findOwned(tenantId, id);
    }

    /** The tenant's products by name, all or only those {@code active} says, of one category when given. */
    @WithSession
    public Uni<List<Product>> list(String tenantId, Boolean active, String category) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Map<String, Object> parameters = new HashMap<>(Map.of("tenant", tenantId));
        if (active != null) {
            query.append(" and active = :active");
            parameters.put("active", active);
        }
        if (category != null) {
            query.append(" and category = :category");
            parameters.put("category", category);
        }
        return products.list(query.toString(), Sort.by("name").and("id"), parameters);
    }
}
