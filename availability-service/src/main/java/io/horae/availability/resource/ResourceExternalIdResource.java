package io.horae.availability.resource;

import io.horae.kernel.externalid.ExternalIdResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The merchant's own identifiers of its resources, found by value. */
@Path(ResourceExternalIdResource.PATH)
public class ResourceExternalIdResource extends ExternalIdResource {
    static final String PATH = "/api/v1/external-ids/resources";

    ResourceExternalIdResource(ResourceExternalIds ids, TenantContext tenant) {
        super(ids, tenant, PATH);
    }
}
