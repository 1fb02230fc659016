package io.horae.customer.customvalue;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/custom-value-definitions")
public class CustomValueDefinitionResource {
    public record NewDefinition(
            @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]{0,62}", message = "must be a key such as favouriteColour")
            String key,
            @NotBlank @Size(max = 200) String label,
            @NotNull CustomValueType type,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> allowedValues,
            Boolean required) {
    }

    public record DefinitionView(UUID id, String key, String label, CustomValueType type, List<String> allowedValues,
                                 boolean required) {
        static DefinitionView of(CustomValueDefinition d) {
            return new DefinitionView(d.id, d.key, d.label, d.type, List.of(d.allowedValues), d.required);
        }
    }

    private final CustomValueDefinitionService definitions;
    private final TenantContext tenant;

    public CustomValueDefinitionResource(CustomValueDefinitionService definitions, TenantContext tenant) {
        this.definitions = definitions;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> define(@Valid @NotNull NewDefinition request) {
        return definitions.define(tenant.id(), request).map(d -> Response
                .created(URI.create("/api/v1/custom-value-definitions/" + d.id)).entity(DefinitionView.of(d)).build());
    }

    @GET
    public Uni<List<DefinitionView>> list() {
        return definitions.list(tenant.id()).map(all -> all.stream().map(DefinitionView::of).toList());
    }
}
