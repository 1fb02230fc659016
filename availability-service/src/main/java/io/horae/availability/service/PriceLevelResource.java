package io.horae.availability.service;

import io.horae.kernel.catalogue.NameCatalogueResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The catalogue of price levels (Reservanto PriceLevel/GetList); services price them in {@code levelPrices}. */
@Path(PriceLevelResource.PATH)
public class PriceLevelResource extends NameCatalogueResource {
    static final String PATH = "/api/v1/price-levels";

    PriceLevelResource(PriceLevels levels, TenantContext tenant) {
        super(levels, tenant, PATH);
    }
}
