package io.horae.booking.notification;

import io.horae.booking.lifecycle.Booking;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.lifecycle.BookingViews;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.booking.BookingCancelled;
import io.horae.events.booking.BookingConfirmed;
import io.horae.events.booking.BookingCreated;
import io.horae.events.booking.BookingRejected;
import io.horae.events.booking.BookingRescheduled;
import io.horae.kernel.inbox.Inbox;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * E-mails the customer when their booking is made, confirmed, moved, rejected or cancelled, from the booking
 * events, once per event. A customer without an e-mail address (or erased) gets nothing.
 */
@ApplicationScoped
public class Notifications {
    private static final String CONSUMER = "booking-notifications";
    private static final Set<String> ACTS_ON = Inbox.actsOn(BookingCreated.TYPE, BookingConfirmed.TYPE,
            BookingRescheduled.TYPE, BookingRejected.TYPE, BookingCancelled.TYPE);
    private static final Map<String, String> SUBJECTS = Map.of(
            BookingCreated.TYPE.name(), "Your booking %s",
            BookingConfirmed.TYPE.name(), "Booking %s confirmed",
            BookingRescheduled.TYPE.name(), "Booking %s moved",
            BookingRejected.TYPE.name(), "Booking %s declined",
            BookingCancelled.TYPE.name(), "Booking %s cancelled");

    private final Inbox inbox;
    private final BookingService bookings;
    private final BookingViews views;
    private final ReactiveMailer mailer;
    private final Pool pool;
    private final ObjectMapper mapper;

    public Notifications(Inbox inbox, BookingService bookings, BookingViews views, ReactiveMailer mailer, Pool pool,
                         ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
        this.inbox = inbox;
        this.bookings = bookings;
        this.views = views;
        this.mailer = mailer;
    }

    @Incoming("notifications")
    public Uni<Void> onBookingEvent(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, ACTS_ON, record, this::hasAnAddress, this::notify);
    }

    /**
     * Whether the booking's customer can be written to: read before any transaction; a booking made without a customer
     * says so in its event.
     */
    private Uni<Boolean> hasAnAddress(CloudEvent event) {
        if (event.subject() == null || BookingCreated.TYPE.matches(event)
                && event.dataAs(BookingCreated.TYPE, mapper).customerId() == null) {
            return Uni.createFrom().item(false);
        }
        return pool.preparedQuery("""
                        SELECT c.email FROM booking b JOIN customer_snapshot c
                          ON c.tenant_id = b.tenant_id AND c.customer_id = b.customer_id
                        WHERE b.tenant_id = $1 AND b.id = $2""")
                .execute(Tuple.of(event.tenantid(), UUID.fromString(event.subject())))
                .map(rows -> rows.iterator().hasNext() && rows.iterator().next().getString(0) != null);
    }

    private Uni<Void> notify(CloudEvent event) {
        String subject = SUBJECTS.get(event.type());
        if (subject == null || event.subject() == null) {
            return Uni.createFrom().voidItem();
        }
        return bookings.find(event.tenantid(), UUID.fromString(event.subject()))
                .chain(booking -> booking == null ? Uni.createFrom().voidItem() : views.of(booking)
                        .chain(view -> view.customer() == null || view.customer().email() == null
                                ? Uni.createFrom().voidItem()
                                : mailer.send(BookingMails.change(view, subject, booking.version))));
    }
}
