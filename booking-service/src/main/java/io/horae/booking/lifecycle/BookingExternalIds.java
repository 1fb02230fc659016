package io.horae.booking.lifecycle;

import io.horae.kernel.externalid.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;

/** The merchant's own identifiers of its bookings (Reservanto ExternalIdentifier). */
@ApplicationScoped
public class BookingExternalIds extends ExternalIds {
    BookingExternalIds() {
        super("bookings", "booking");
    }
}
