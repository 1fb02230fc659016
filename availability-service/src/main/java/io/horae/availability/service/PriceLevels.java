package io.horae.availability.service;

import io.horae.kernel.catalogue.NameCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The merchant's price levels (member, child, …; Reservanto PriceLevel): a service may have its own price at each
 * ({@code levelPrices}), and a booking that names a level is priced by it. A level a service prices is not deleted.
 */
@ApplicationScoped
public class PriceLevels extends NameCatalogue {
    PriceLevels() {
        super("price_level", "price level", Usage.keys("service", "level_prices"));
    }
}
