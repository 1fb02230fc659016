package io.horae.reservations.productreservation;

import io.horae.kernel.catalogue.NameCatalogueResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The catalogue of reservation sources; a product reservation names its source in {@code sourceId}. */
@Path(ReservationSourceResource.PATH)
public class ReservationSourceResource extends NameCatalogueResource {
    static final String PATH = "/api/v1/product-reservation-sources";

    ReservationSourceResource(ReservationSources sources, TenantContext tenant) {
        super(sources, tenant, PATH);
    }
}
