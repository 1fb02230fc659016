package io.horae.reservations.reservation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.reservations")
public interface ReservationSettings {
    /** How long a hold lasts unless the request says otherwise. */
    @WithDefault("10m")
    Duration defaultTtl();

    /**
     * The longest a hold may last; a longer TTL is cut to it. Long enough for a booking that waits for its payment
     * until a date (Recras {@code pending_online} with {@code expiry}).
     */
    @WithDefault("31d")
    Duration maximumTtl();

    /**
     * How many holds one tenant may have open at once, against a client hoarding slots. Counted in the claiming
     * transaction, so holds claimed at the same moment may overshoot it by their number.
     */
    @WithDefault("1000")
    int maxHeldPerTenant();

    /** How many holds one customer may have open at once (a booking's own claims do not count). */
    @WithDefault("5")
    int maxHeldPerCustomer();

    /** How many holds the clients at one address may have open at once (a booking's own claims do not count). */
    @WithDefault("20")
    int maxHeldPerClient();

    /** How often the sweeper looks for holds past their TTL (read by HoldExpiry's schedule). */
    @WithDefault("5s")
    Duration sweepEvery();

    /** How many expired holds the sweeper ends per transaction. */
    @WithDefault("100")
    int sweepBatch();
}
