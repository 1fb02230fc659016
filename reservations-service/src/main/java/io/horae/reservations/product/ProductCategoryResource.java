package io.horae.reservations.product;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Product categories (Reservanto ProductCategory/GetList); a product names its category in {@code category}. */
@Path("/api/v1/product-categories")
public class ProductCategoryResource {
    /** A category's name; as a patch, the new name (its products are renamed with it). */
    public record Naming(@NotBlank @Size(max = 100) String name) {
    }

    public record CategoryView(UUID id, String name) {
        static CategoryView of(ProductCategory c) {
            return new CategoryView(c.id, c.name);
        }
    }

    private final ProductCategories categories;
    private final TenantContext tenant;

    public ProductCategoryResource(ProductCategories categories, TenantContext tenant) {
        this.categories = categories;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull Naming naming) {
        return categories.define(tenant.id(), naming.name().strip()).map(c -> Response
                .created(URI.create("/api/v1/product-categories/" + c.id)).entity(CategoryView.of(c)).build());
    }

    @GET
    public Uni<List<CategoryView>> list() {
        return categories.list(tenant.id()).map(all -> all.stream().map(CategoryView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<CategoryView> get(@PathParam("id") UUID id) {
        return categories.find(tenant.id(), id).map(CategoryView::of);
    }

    @PATCH
    @Path("/{id}")
    public Uni<CategoryView> rename(@PathParam("id") UUID id, @Valid @NotNull Naming naming) {
        return categories.rename(tenant.id(), id, naming.name().strip()).map(CategoryView::of);
    }

    /** Deletes a category no product names (409 otherwise). */
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return categories.delete(tenant.id(), id).map(done -> Response.noContent().build());
    }
}
