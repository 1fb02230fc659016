package io.horae.availability.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.OptionalInt;

/** How much availability work one question may cost, and how the questions of many tenants share the CPU. */
@ConfigMapping(prefix = "horae.availability.searches")
public interface SearchSettings {
    /** Threads that compute answers; by default one per processor. */
    OptionalInt workers();

    /** Questions of one tenant that may wait for a thread; one more answers 429. */
    @WithDefault("32")
    int waitingPerTenant();

    /** A question that waited this long for a thread is answered 503 instead: its asker has likely given up. */
    @WithDefault("10s")
    Duration longestWait();

    /** Candidate starts one question may look at (range ÷ step × resources); more answers 422. */
    @WithDefault("2000000")
    long candidateStarts();

    /** Placements one combination question may try (services × resources × starts, with backtracking). */
    @WithDefault("200000")
    long combinationTries();

    /** Starts one answer holds at most; the rest follow from the {@code next} link. */
    @WithDefault("5000")
    int startsPerAnswer();
}
