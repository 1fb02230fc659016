package io.horae.reservations.hold;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "horae.reservations")
public interface HoldSettings {
    /** How long a hold lasts unless the request says otherwise. */
    @WithDefault("10m")
    Duration defaultTtl();

    /** The longest a hold may last. */
    @WithDefault("24h")
    Duration maximumTtl();

    /** How often the sweeper looks for holds past their TTL (read by HoldExpiry's schedule). */
    @WithDefault("5s")
    Duration sweepEvery();

    /** How many expired holds the sweeper ends per transaction. */
    @WithDefault("100")
    int sweepBatch();
}
