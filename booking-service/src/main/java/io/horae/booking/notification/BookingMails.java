package io.horae.booking.notification;

import io.horae.booking.calendar.BookingCalendar;
import io.horae.booking.api.BookingView;
import io.quarkus.mailer.Mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The e-mails a customer gets about a booking: each names the booking's lines and ticket and carries the booking as a
 * calendar file, so that the customer's calendar follows every change.
 */
final class BookingMails {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private BookingMails() {
    }

    /** The booking was made or changed: {@code subject} names the change ({@code %s} the reference). */
    static Mail change(BookingView view, String subject, long version) {
        return withCalendar(Mail.withText(view.customer().email(), subject.formatted(view.reference()),
                greeting(view) + "your booking " + view.reference() + " is now "
                        + view.status().name().toLowerCase().replace('_', ' ') + ".\n\n" + lines(view) + "\n\n"
                        + (view.statusReason() == null ? "" : "Note: " + view.statusReason() + "\n\n")
                        + "Your ticket: " + view.ticket() + "\n"), view, version);
    }

    /** The booking is coming up. */
    static Mail reminder(BookingView view, long version) {
        return withCalendar(Mail.withText(view.customer().email(), "Reminder: booking " + view.reference(),
                greeting(view) + "a reminder of your booking " + view.reference() + ":\n\n" + lines(view) + "\n\n"
                        + "Your ticket: " + view.ticket() + "\n"), view, version);
    }

    /** The short text of an SMS reminder. */
    static String reminderText(BookingView view) {
        return "Reminder: booking " + view.reference() + " on " + WHEN.format(view.start());
    }

    private static Mail withCalendar(Mail mail, BookingView view, long version) {
        return mail.addAttachment(view.reference() + ".ics",
                BookingCalendar.of(view, version).getBytes(StandardCharsets.UTF_8), BookingCalendar.MEDIA_TYPE);
    }

    private static String greeting(BookingView view) {
        return "Hello " + (view.customer().firstName() == null ? "" : view.customer().firstName()) + ",\n\n";
    }

    private static String lines(BookingView view) {
        return view.lines().stream()
                .map(l -> l.productId() != null
                        ? "- " + l.seats() + " x " + l.productName() + ", " + WHEN.format(l.start())
                        : "- " + (l.serviceName() == null ? "booking" : l.serviceName()) + ", "
                        + WHEN.format(l.start()) + " to " + WHEN.format(l.end()))
                .collect(Collectors.joining("\n"));
    }
}
