package io.horae.reservations.product;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProductService {
    private final ProductRepository products;
    private final Clock clock = Clock.systemUTC();

    public ProductService(ProductRepository products) {
        this.products = products;
    }

    @WithTransaction
    public Uni<Product> define(String tenantId, ProductResource.NewProduct request) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.tenantId = tenantId;
        product.name = request.name().strip();
        product.price = request.price();
        product.currency = request.currency();
        product.vatRate = request.vatRate();
        product.createdAt = OffsetDateTime.now(clock);
        return products.persist(product);
    }

    @WithSession
    public Uni<Product> find(String tenantId, UUID id) {
        return products.findOwned(tenantId, id);
    }

    @WithSession
    public Uni<List<Product>> list(String tenantId) {
        return products.listOwned(tenantId, Sort.by("name").and("id"));
    }
}
