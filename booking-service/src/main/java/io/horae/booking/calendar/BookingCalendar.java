package io.horae.booking.calendar;

import io.horae.booking.api.BookingStatus;
import io.horae.booking.api.BookingView;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * Bookings as iCalendar (RFC 5545) events, for customers' and staff's calendars: each booking one VEVENT whose UID
 * stays the booking's, whose SEQUENCE grows with every change, and whose STATUS turns CANCELLED when the booking is,
 * so that a calendar that imported or subscribed to it updates the same entry (a booking waiting for confirmation or
 * payment is TENTATIVE). A single booking's file gives UTC instants, which every calendar shows in its owner's zone;
 * a feed gives wall-clock times in its zone (DTSTART;TZID=…) with that zone's VTIMEZONE, so that times stay right
 * across a DST change.
 */
public final class BookingCalendar {
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final String PRODUCT = "-//Horae//Booking//EN";
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** A booking with its version (the SEQUENCE of its event). */
    public record Versioned(BookingView booking, long version) {
    }

    private BookingCalendar() {
    }

    /** The booking's own file; {@code sequence} is the booking's version (it grows with each change). */
    public static String of(BookingView booking, long sequence) {
        boolean cancelled = cancelled(booking.status());
        return text(new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new Method(cancelled ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH))
                .withComponent(event(booking, sequence, null)).getFluentTarget());
    }

    /** A feed of bookings named {@code name}, times in {@code zone}. */
    public static String feed(String name, List<Versioned> bookings, ZoneId zone) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new XProperty("X-WR-TIMEZONE", zone.getId()))
                .withComponent(ZONES.getTimeZone(zone.getId()).getVTimeZone()).getFluentTarget();
        bookings.forEach(b -> calendar.add(event(b.booking(), b.version(), zone)));
        return text(calendar);
    }

    private static VEvent event(BookingView booking, long sequence, ZoneId zone) {
        String summary = booking.lines().stream().map(BookingView.Line::serviceName)
                .filter(name -> name != null && !name.isBlank()).findFirst().orElse("Booking") + " ("
                + booking.reference() + ")";
        Temporal start = zone == null ? booking.start().toInstant() : booking.start().atZoneSameInstant(zone);
        Temporal end = zone == null ? booking.end().toInstant() : booking.end().atZoneSameInstant(zone);
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(booking.id() + "@horae"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, sequence)));
        event.add(new Status(status(booking.status())));
        event.add(new Description("Reference " + booking.reference() + (booking.ticket() == null ? ""
                : "\nTicket " + booking.ticket())));
        return event;
    }

    private static String text(Calendar calendar) {
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
        return status == BookingStatus.REJECTED || status == BookingStatus.CANCELLED;
    }
}
