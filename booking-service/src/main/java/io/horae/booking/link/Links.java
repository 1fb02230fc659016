package io.horae.booking.link;

import io.horae.booking.lifecycle.BookingSettings;
import io.horae.booking.lifecycle.Tickets;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;

/**
 * Signed, expiring links a customer follows without an API key (Reservanto GetCancelLink, GetPaymentLink, and the
 * booking's calendar file): the
 * action, tenant, booking and expiry are signed with the ticket secret, so nobody can forge or extend one.
 */
@ApplicationScoped
public class Links {
    public enum Action {
        CANCEL("/cancellation"), PAY(""), CALENDAR("/calendar.ics"), TICKET("/ticket.svg"), MOVE("/move");

        private final String path;

        Action(String path) {
            this.path = path;
        }
    }

    private final Tickets tickets;
    private final String publicUrl;

    public Links(Tickets tickets, BookingSettings settings) {
        this.tickets = tickets;
        this.publicUrl = settings.publicUrl().replaceAll("/+$", "");
    }

    public String url(Action action, String tenantId, UUID bookingId, Instant expires) {
        return publicUrl + "/links/bookings/" + bookingId + action.path + "?tenant=" + tenantId + "&expires="
                + expires.getEpochSecond() + "&signature=" + tickets.signature(signed(action, tenantId, bookingId,
                expires.getEpochSecond()));
    }

    /** Whether the signature is right; expiry is checked separately (a 410, not a 403). */
    public boolean genuine(Action action, String tenantId, UUID bookingId, long expires, String signature) {
        return signature != null && MessageDigest.isEqual(
                tickets.signature(signed(action, tenantId, bookingId, expires)).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String signed(Action action, String tenantId, UUID bookingId, long expires) {
        return "link|" + action + "|" + tenantId + "|" + bookingId + "|" + expires;
    }
}
