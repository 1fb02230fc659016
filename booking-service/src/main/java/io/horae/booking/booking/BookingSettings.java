package io.horae.booking.booking;

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

    /**
     * How long a hold confirmed for a booking may wait for the booking's commit before it is released as abandoned
     * (booking-service died in between); well beyond a request's longest time.
     */
    @WithDefault("1m")
    Duration holdInFlightGrace();

    /** How often holds left in flight are looked for (read by the scheduler). */
    @WithDefault("5s")
    Duration holdInFlightSweep();

    /** How long a one-step booking that waits for payment holds its time when the request names no expiry. */
    @WithDefault("30m")
    Duration paymentWindow();
}
