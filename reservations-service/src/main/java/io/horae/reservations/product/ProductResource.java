package io.horae.reservations.product;

import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/products")
public class ProductResource {
    public record NewProduct(
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal price,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CZK") String currency,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate) {
    }

    public record ProductView(UUID id, String name, BigDecimal price, String currency, BigDecimal vatRate) {
        static ProductView of(Product p) {
            return new ProductView(p.id, p.name, p.price, p.currency, p.vatRate);
        }
    }

    private final ProductService products;
    private final TenantContext tenant;

    public ProductResource(ProductService products, TenantContext tenant) {
        this.products = products;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewProduct request) {
        return products.define(tenant.id(), request)
                .map(p -> Response.created(URI.create("/api/v1/products/" + p.id)).entity(ProductView.of(p)).build());
    }

    @GET
    public Uni<List<ProductView>> list() {
        return products.list(tenant.id()).map(all -> all.stream().map(ProductView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ProductView> get(@PathParam("id") UUID id) {
        return products.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", id))
                .map(ProductView::of);
    }
}
