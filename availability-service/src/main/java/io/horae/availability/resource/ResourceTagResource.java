package io.horae.availability.resource;

import io.horae.kernel.catalogue.NameCatalogueResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The catalogue of resource tags; a resource carries its tags in {@code tags}. */
@Path(ResourceTagResource.PATH)
public class ResourceTagResource extends NameCatalogueResource {
    static final String PATH = "/api/v1/resource-tags";

    ResourceTagResource(ResourceTags tags, TenantContext tenant) {
        super(tags, tenant, PATH);
    }
}
