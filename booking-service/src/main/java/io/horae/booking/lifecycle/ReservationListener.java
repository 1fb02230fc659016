package io.horae.booking.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.booking.waitlist.WaitingList;
import io.horae.events.CloudEvent;
import io.horae.events.reservation.ReservationExpired;
import io.horae.events.reservation.ReservationReleased;
import io.horae.kernel.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.Set;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows reservations, once per event: a booking that waited for payment is cancelled when its hold expires, and
 * whatever a released or expired reservation freed is offered to the waiting list.
 */
@ApplicationScoped
public class ReservationListener {
    private static final String CONSUMER = "booking-expiry";
    private static final Set<String> ACTS_ON = Inbox.actsOn(ReservationExpired.TYPE, ReservationReleased.TYPE);

    private final Inbox inbox;
    private final BookingService bookings;
    private final WaitingList waitingList;
    private final ObjectMapper mapper;

    public ReservationListener(Inbox inbox, BookingService bookings, WaitingList waitingList, ObjectMapper mapper) {
        this.inbox = inbox;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.mapper = mapper;
    }

    @Incoming("reservations")
    public Uni<Void> onReservation(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, ACTS_ON, record, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (ReservationExpired.TYPE.matches(event)) {
            ReservationExpired expired = event.dataAs(ReservationExpired.TYPE, mapper);
            return bookings.holdExpired(event.tenantid(), expired.reservationId())
                    .chain(() -> waitingList.freed(event.tenantid(), expired.reservationId(), expired.lines(), true));
        }
        if (ReservationReleased.TYPE.matches(event)) {
            ReservationReleased released = event.dataAs(ReservationReleased.TYPE, mapper);
            return waitingList.freed(event.tenantid(), released.reservationId(), released.lines(), false);
        }
        return Uni.createFrom().voidItem();
    }
}
