package io.horae.reservations.product;

import io.horae.kernel.catalogue.NameCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/** The merchant's product categories (Reservanto ProductCategory): the names products give in {@code category}. */
@ApplicationScoped
public class ProductCategories extends NameCatalogue {
    ProductCategories() {
        super("product_category", "product category", Usage.column("product", "category"));
    }
}
