package io.horae.customer.profile;

import io.horae.kernel.catalogue.NameCatalogueResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The catalogue of customer tags; a customer carries its tags in {@code tags}. */
@Path(CustomerTagResource.PATH)
public class CustomerTagResource extends NameCatalogueResource {
    static final String PATH = "/api/v1/customer-tags";

    CustomerTagResource(CustomerTags tags, TenantContext tenant) {
        super(tags, tenant, PATH);
    }
}
