package io.horae.availability.slot;

import java.time.Duration;

/**
 * How a service occupies a resource: its duration, buffers kept free before and after (cleaning, travel), the step
 * between offered starts, the minimum notice and how many days ahead it can be booked.
 */
public record ServiceTiming(Duration duration, Duration bufferBefore, Duration bufferAfter, Duration step,
                            Duration minimumNotice, int maximumDaysAhead) {

    public ServiceTiming {
        if (duration.isNegative() || duration.isZero() || step.isNegative() || step.isZero()
                || bufferBefore.isNegative() || bufferAfter.isNegative() || minimumNotice.isNegative()
                || maximumDaysAhead < 0) {
            throw new IllegalArgumentException("invalid service timing");
        }
    }

    /** What a booking starting at {@code start} blocks on its resource: buffers included. */
    public Interval footprint(java.time.Instant start) {
        return new Interval(start.minus(bufferBefore), start.plus(duration).plus(bufferAfter));
    }
}
