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

    /** Reminders of coming bookings. */
    ReminderSettings reminders();

    interface ReminderSettings {
        /** How long before the start a customer is reminded when the service does not say (0: no reminder). */
        @WithDefault("1440")
        int defaultMinutes();

        /** How often the due reminders are sent. */
        @WithDefault("60s")
        Duration every();

        /** Whether an SMS goes too, to a customer with a phone number (through the SmsSender bean). */
        @WithDefault("false")
        boolean sms();
    }
}
