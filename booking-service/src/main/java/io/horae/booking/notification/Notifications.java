package io.horae.booking.notification;

import io.horae.booking.booking.BookingService;
import io.horae.booking.booking.BookingView;
import io.horae.booking.booking.BookingViews;
import io.horae.events.CloudEvent;
import io.horae.events.booking.BookingCancelled;
import io.horae.events.booking.BookingConfirmed;
import io.horae.events.booking.BookingCreated;
import io.horae.events.booking.BookingRejected;
import io.horae.events.booking.BookingRescheduled;
import io.horae.kernel.inbox.Inbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * E-mails the customer when their booking is made, confirmed, moved, rejected or cancelled, from the booking
 * events, once per event. A customer without an e-mail address (or erased) gets nothing.
 */
@ApplicationScoped
public class Notifications {
    private static final String CONSUMER = "booking-notifications";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
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

    public Notifications(Inbox inbox, BookingService bookings, BookingViews views, ReactiveMailer mailer) {
        this.inbox = inbox;
        this.bookings = bookings;
        this.views = views;
        this.mailer = mailer;
    }

    @Incoming("notifications")
    public Uni<Void> onBookingEvent(String record) {
        return inbox.receive(CONSUMER, record, this::notify);
    }

    private Uni<Void> notify(CloudEvent event) {
        String subject = SUBJECTS.get(event.type());
        if (subject == null || event.subject() == null) {
            return Uni.createFrom().voidItem();
        }
        return bookings.find(event.tenantid(), UUID.fromString(event.subject()))
                .chain(booking -> booking == null ? Uni.createFrom().nullItem() : views.of(booking))
                .chain(view -> view == null || view.customer() == null || view.customer().email() == null
                        ? Uni.createFrom().voidItem()
                        : mailer.send(Mail.withText(view.customer().email(), subject.formatted(view.reference()),
                        text(view))));
    }

    static String text(BookingView view) {
        String lines = view.lines().stream()
                .map(l -> l.productId() != null
                        ? "- " + l.seats() + " x " + l.productName() + ", " + WHEN.format(l.start())
                        : "- " + (l.serviceName() == null ? "booking" : l.serviceName()) + ", "
                        + WHEN.format(l.start()) + " to " + WHEN.format(l.end()))
                .collect(Collectors.joining("\n"));
        return "Hello " + (view.customer().firstName() == null ? "" : view.customer().firstName()) + ",\n\n"
                + "your booking " + view.reference() + " is now " + view.status().name().toLowerCase().replace('_', ' ')
                + ".\n\n" + lines + "\n\n"
                + (view.statusReason() == null ? "" : "Note: " + view.statusReason() + "\n\n")
                + "Your ticket: " + view.ticket() + "\n";
    }
}
