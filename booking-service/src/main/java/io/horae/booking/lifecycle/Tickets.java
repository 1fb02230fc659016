package io.horae.booking.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The ticket of a booking: the payload of its QR code, {@code HB1.<tenant>.<booking id>.<signature>}, signed with
 * HMAC-SHA256 so that a scanner holding the secret can tell a real ticket from a made-up one.
 */
@ApplicationScoped
public class Tickets {
    private static final String VERSION = "HB1";
    private final SecretKeySpec key;

    public Tickets(BookingSettings settings) {
        if (settings.ticketSecret().length() < 32) {
            throw new IllegalStateException("horae.booking.ticket-secret must have at least 32 characters");
        }
        this.key = new SecretKeySpec(settings.ticketSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String issue(String tenantId, UUID bookingId) {
        String body = VERSION + "." + tenantId + "." + bookingId;
        return body + "." + signature(body);
    }

    /** The booking a ticket names, if its signature is right. */
    public Optional<UUID> verify(String tenantId, String ticket) {
        int last = ticket.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String body = ticket.substring(0, last);
        String[] parts = body.split("\\.");
        boolean genuine = MessageDigest.isEqual(signature(body).getBytes(StandardCharsets.US_ASCII),
                ticket.substring(last + 1).getBytes(StandardCharsets.US_ASCII));
        if (!genuine || parts.length != 3 || !VERSION.equals(parts[0]) || !tenantId.equals(parts[1])) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The signature of {@code body} with the ticket secret, for other signed things of bookings (links). */
    public String signature(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
