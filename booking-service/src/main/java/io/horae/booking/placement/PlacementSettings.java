package io.horae.booking.placement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.booking.placement")
public interface PlacementSettings {
    /**
     * How long a claim asked for a booking may wait for the booking's commit before it is given up and released
     * (booking-service died in between, or its own release failed); beyond the claim call's longest wait.
     */
    @WithDefault("20s")
    Duration claimInFlightGrace();

    /** How often claims in flight are looked at (read by ClaimsInFlight's schedule). */
    @WithDefault("5s")
    Duration claimsInFlightSweep();

    /** How long a one-step booking that waits for payment holds its time when the request names no expiry. */
    @WithDefault("30m")
    Duration paymentWindow();
}
