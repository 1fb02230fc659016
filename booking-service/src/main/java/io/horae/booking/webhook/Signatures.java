package io.horae.booking.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code Horae-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} with the
 * subscription's secret, and after a rotation a second {@code v1} with the previous secret until its grace ends (as
 * Standard Webhooks and Stripe sign), so a receiver accepts a delivery when any {@code v1} matches a secret it holds.
 * A receiver recomputes it and rejects old timestamps to stop replays.
 */
public final class Signatures {
    public static final String HEADER = "Horae-Signature";

    private Signatures() {
    }

    /** The header for {@code body}; {@code previousSecret} null when no rotation is in its grace. */
    public static String sign(String secret, String previousSecret, long timestamp, String body) {
        String signed = timestamp + "." + body;
        return "t=" + timestamp + ",v1=" + hmac(secret, signed)
                + (previousSecret == null ? "" : ",v1=" + hmac(previousSecret, signed));
    }

    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
