package io.horae.availability.slot;

import io.horae.catalogue.api.TimeSpan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A half-open span of time {@code [start, end)}. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Interval other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The interval as clients read it, in UTC. */
    public TimeSpan span() {
        return new TimeSpan(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
    }
}
