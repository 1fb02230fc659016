package io.horae.booking.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.booking")
public interface BookingSettings {
    /** The secret that signs booking tickets (the QR payload); at least 32 characters. */
    String ticketSecret();

    /** How long before the start a customer may still cancel; the merchant may cancel any time. */
    @WithDefault("24h")
    Duration customerCancelCutoff();

    /** Where customers reach the platform (the gateway), for the links they are sent. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** How long a cancel or payment link works. */
    @WithDefault("72h")
    Duration linkValidity();
}
