package io.horae.booking.reservations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.booking.reservations")
public interface ReservationsSettings {
    /**
     * How long a claim may take. Under a crowd a definite yes or no beats a fast "try again", so it is long; it must
     * stay below the grace of claims in flight.
     */
    @WithDefault("10s")
    Duration claimTimeout();
}
