package io.horae.reservations.product;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/products/{productId}/stock")
public class ProductStockResource {
    public record Quantity(@NotNull @Min(0) @Max(10_000_000) Integer quantity) {
    }

    private final ProductStock stock;
    private final TenantContext tenant;

    public ProductStockResource(ProductStock stock, TenantContext tenant) {
        this.stock = stock;
        this.tenant = tenant;
    }

    /** Sets the store's stock of the product. */
    @PUT
    @Path("/{storeId}")
    public Uni<ProductStock.Level> set(@PathParam("productId") UUID productId, @PathParam("storeId") UUID storeId,
                                       @Valid @NotNull Quantity quantity) {
        return stock.set(tenant.id(), productId, storeId, quantity.quantity());
    }

    @GET
    public Uni<List<ProductStock.Level>> levels(@PathParam("productId") UUID productId) {
        return stock.levels(tenant.id(), productId);
    }
}
