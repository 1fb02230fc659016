package io.horae.availability.service;

import io.horae.kernel.catalogue.NameCatalogueResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The catalogue of segments (Reservanto Segment/GetList); a service names its segment in {@code segment}. */
@Path(SegmentResource.PATH)
public class SegmentResource extends NameCatalogueResource {
    static final String PATH = "/api/v1/segments";

    SegmentResource(Segments segments, TenantContext tenant) {
        super(segments, tenant, PATH);
    }
}
