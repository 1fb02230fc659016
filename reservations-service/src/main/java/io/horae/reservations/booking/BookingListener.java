package io.horae.reservations.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.booking.BookingCancelled;
import io.horae.events.booking.BookingRejected;
import io.horae.events.booking.BookingRescheduled;
import io.horae.kernel.inbox.Inbox;
import io.horae.reservations.reservation.Releases;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.Set;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Releases the claims of cancelled and rejected bookings and of the slot a rescheduled booking left, once per event. */
@ApplicationScoped
public class BookingListener {
    private static final String CONSUMER = "reservations-releases";
    private static final Set<String> ACTS_ON = Inbox.actsOn(BookingCancelled.TYPE, BookingRejected.TYPE,
            BookingRescheduled.TYPE);

    private final Inbox inbox;
    private final Releases releases;
    private final ObjectMapper mapper;

    public BookingListener(Inbox inbox, Releases releases, ObjectMapper mapper) {
        this.inbox = inbox;
        this.releases = releases;
        this.mapper = mapper;
    }

    @Incoming("bookings")
    public Uni<Void> onBooking(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, ACTS_ON, record, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (BookingCancelled.TYPE.matches(event)) {
            BookingCancelled cancelled = event.dataAs(BookingCancelled.TYPE, mapper);
            return releases.release(event.tenantid(), cancelled.reservationId(), "booking cancelled").replaceWithVoid();
        }
        if (BookingRejected.TYPE.matches(event)) {
            BookingRejected rejected = event.dataAs(BookingRejected.TYPE, mapper);
            return releases.release(event.tenantid(), rejected.reservationId(), "booking rejected").replaceWithVoid();
        }
        if (BookingRescheduled.TYPE.matches(event)) {
            BookingRescheduled moved = event.dataAs(BookingRescheduled.TYPE, mapper);
            return releases.release(event.tenantid(), moved.fromReservationId(), "booking rescheduled")
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
