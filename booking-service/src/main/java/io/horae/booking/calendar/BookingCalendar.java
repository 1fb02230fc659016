package io.horae.booking.calendar;

import io.horae.booking.lifecycle.BookingStatus;
import io.horae.booking.lifecycle.BookingView;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A booking as an iCalendar (RFC 5545) event, for the customer's calendar: one VEVENT whose UID stays the booking's,
 * whose SEQUENCE grows with every change, and whose STATUS turns CANCELLED when the booking is, so that a calendar
 * that imported it updates the same entry (a booking waiting for confirmation or payment is TENTATIVE). Times are UTC instants, which every calendar shows in its owner's zone.
 */
public final class BookingCalendar {
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final String PRODUCT = "-//Horae//Booking//EN";

    private BookingCalendar() {
    }

    /** The booking's event; {@code sequence} is the booking's version (it grows with each change). */
    public static String of(BookingView booking, long sequence) {
        String summary = booking.lines().stream().map(BookingView.Line::serviceName)
                .filter(name -> name != null && !name.isBlank()).findFirst().orElse("Booking") + " ("
                + booking.reference() + ")";
        VEvent event = new VEvent(booking.start().toInstant(), booking.end().toInstant(), summary);
        event.add(new Uid(booking.id() + "@horae"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, sequence)));
        event.add(new Status(status(booking.status())));
        event.add(new Description("Reference " + booking.reference() + (booking.ticket() == null ? ""
                : "\nTicket " + booking.ticket())));
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new Method(cancelled(booking.status()) ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH))
                .withComponent(event).getFluentTarget();
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String status(BookingStatus status) {
        return switch (status) {
            case PENDING_CONFIRMATION, PENDING_PAYMENT -> Status.VALUE_TENTATIVE;
            case REJECTED, CANCELLED -> Status.VALUE_CANCELLED;
            case CONFIRMED, NO_SHOW, COMPLETED -> Status.VALUE_CONFIRMED;
        };
    }

    private static boolean cancelled(BookingStatus status) {
        return status == BookingStatus.CANCELLED || status == BookingStatus.REJECTED;
    }
}
