package io.horae.booking.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.reservation.ReservationExpired;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Cancels a booking that waited for payment when its hold expires, once per event. */
@ApplicationScoped
public class ReservationListener {
    private static final String CONSUMER = "booking-expiry";

    private final Inbox inbox;
    private final BookingService bookings;
    private final ObjectMapper mapper;

    public ReservationListener(Inbox inbox, BookingService bookings, ObjectMapper mapper) {
        this.inbox = inbox;
        this.bookings = bookings;
        this.mapper = mapper;
    }

    @Incoming("reservations")
    public Uni<Void> onReservation(String record) {
        return inbox.receive(CONSUMER, record, event -> ReservationExpired.TYPE.matches(event)
                ? bookings.holdExpired(event.tenantid(), event.dataAs(ReservationExpired.TYPE, mapper).reservationId())
                : Uni.createFrom().voidItem());
    }
}
