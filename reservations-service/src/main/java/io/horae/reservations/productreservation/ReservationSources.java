package io.horae.reservations.productreservation;

import io.horae.kernel.catalogue.NameCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where the merchant's product reservations come from (e-shop, store, phone, …; CareCloud's reservation sources): a
 * reservation names one by id in {@code sourceId}; one a reservation names is not deleted.
 */
@ApplicationScoped
public class ReservationSources extends NameCatalogue {
    ReservationSources() {
        super("product_reservation_source", "reservation source", Usage.id("product_reservation", "source_id"));
    }
}
