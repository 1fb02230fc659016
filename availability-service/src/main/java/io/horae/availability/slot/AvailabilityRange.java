package io.horae.availability.slot;

import io.horae.kernel.problem.ProblemException;

import java.time.Duration;
import java.time.OffsetDateTime;

/** A range asked of availability: both ends required, {@code from} before {@code to}, at most 93 days. */
public record AvailabilityRange(OffsetDateTime from, OffsetDateTime to) {
    public static final Duration LONGEST = Duration.ofDays(93);

    public static AvailabilityRange of(OffsetDateTime from, OffsetDateTime to) {
        if (from == null) {
            throw ProblemException.badField("from", "is required");
        }
        if (to == null) {
            throw ProblemException.badField("to", "is required");
        }
        if (!from.isBefore(to)) {
            throw ProblemException.badField("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw ProblemException.badField("to", "must be at most 93 days after from");
        }
        return new AvailabilityRange(from, to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
