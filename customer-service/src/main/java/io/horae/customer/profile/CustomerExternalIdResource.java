package io.horae.customer.profile;

import io.horae.kernel.externalid.ExternalIdResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The merchant's own identifiers of its customers, found by value. */
@Path(CustomerExternalIdResource.PATH)
public class CustomerExternalIdResource extends ExternalIdResource {
    static final String PATH = "/api/v1/external-ids/customers";

    CustomerExternalIdResource(CustomerExternalIds ids, TenantContext tenant) {
        super(ids, tenant, PATH);
    }
}
