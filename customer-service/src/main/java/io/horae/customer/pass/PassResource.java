package io.horae.customer.pass;

import io.horae.customer.api.PassView;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The passes a merchant sells (Reservanto Pass/GetList). */
@Path("/api/v1/passes")
public class PassResource {
    public record NewPass(@NotBlank @Size(max = 200) String name,
                          @Min(1) @Max(10000) int entries,
                          @Min(1) @Max(3660) int validityDays,
                          @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal price,
                          @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CZK") String currency) {
    }

    private final PassService passes;
    private final TenantContext tenant;

    public PassResource(PassService passes, TenantContext tenant) {
        this.passes = passes;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewPass request) {
        return passes.define(tenant.id(), request)
                .map(d -> Response.created(URI.create("/api/v1/passes/" + d.id)).entity(d.view()).build());
    }

    /** The passes, all or ({@code active}) only those sold or retired. */
    @GET
    public Uni<List<PassView>> list(@QueryParam("active") Boolean active) {
        return passes.definitions(tenant.id(), active).map(all -> all.stream().map(PassDefinition::view).toList());
    }

    /** Retires the pass: sold to nobody new; passes customers hold keep working. */
    @POST
    @Path("/{id}/deactivation")
    public Uni<PassView> deactivate(@PathParam("id") UUID id) {
        return passes.setActive(tenant.id(), id, false).map(PassDefinition::view);
    }

    @POST
    @Path("/{id}/activation")
    public Uni<PassView> activate(@PathParam("id") UUID id) {
        return passes.setActive(tenant.id(), id, true).map(PassDefinition::view);
    }
}
