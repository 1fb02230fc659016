package io.horae.availability.service;

import io.horae.kernel.externalid.ExternalIdResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The merchant's own identifiers of its services, found by value. */
@Path(ServiceExternalIdResource.PATH)
public class ServiceExternalIdResource extends ExternalIdResource {
    static final String PATH = "/api/v1/external-ids/services";

    ServiceExternalIdResource(ServiceExternalIds ids, TenantContext tenant) {
        super(ids, tenant, PATH);
    }
}
