package io.horae.reservations.product;

import io.horae.kernel.catalogue.NameCatalogueResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** Product categories (Reservanto ProductCategory/GetList); a product names its category in {@code category}. */
@Path(ProductCategoryResource.PATH)
public class ProductCategoryResource extends NameCatalogueResource {
    static final String PATH = "/api/v1/product-categories";

    ProductCategoryResource(ProductCategories categories, TenantContext tenant) {
        super(categories, tenant, PATH);
    }
}
