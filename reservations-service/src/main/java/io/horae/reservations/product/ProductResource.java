package io.horae.reservations.product;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.claims.ProductView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate,
            @Size(max = 100) String category) {

        /** The product as the request that would define it as it is now: what a patch is applied to. */
        static NewProduct of(Product p) {
            return new NewProduct(p.name, p.price, p.currency, p.vatRate, p.category);
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
                .map(p -> Response.created(URI.create("/api/v1/products/" + p.id)).entity(view(p)).build());
    }

    /** The products, all or ({@code active}) only those offered or retired, of one {@code category} when given. */
    @GET
    public Uni<List<ProductView>> list(@QueryParam("active") Boolean active, @QueryParam("category") String category) {
        return products.list(tenant.id(), active, category)
                .map(all -> all.stream().map(ProductResource::view).toList());
    }

    /** Changes the product by JSON merge patch; reservations made before keep their items' prices. */
    @PATCH
    @Path("/{id}")
    public Uni<ProductView> change(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return products.change(tenant.id(), id, patch).map(ProductResource::view);
    }

    /** Retires the product: in no new reservation or hold; those made keep it. */
    @POST
    @Path("/{id}/deactivation")
    public Uni<ProductView> deactivate(@PathParam("id") UUID id) {
        return products.setActive(tenant.id(), id, false).map(ProductResource::view);
    }

    @POST
    @Path("/{id}/activation")
    public Uni<ProductView> activate(@PathParam("id") UUID id) {
        return products.setActive(tenant.id(), id, true).map(ProductResource::view);
    }

    /** Deletes a product nothing has named, with its stock; 409 otherwise (retire it instead). */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return products.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }

    @GET
    @Path("/{id}")
    public Uni<ProductView> get(@PathParam("id") UUID id) {
        return products.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("product", id))
                .map(ProductResource::view);
    }

    private static ProductView view(Product p) {
        return new ProductView(p.id, p.name, p.price, p.currency, p.vatRate, p.category, p.active);
    }
}
