package io.horae.kernel.time;

import io.horae.kernel.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants as the API exchanges them: ISO-8601 with an offset ("2026-03-29T10:00:00+02:00"). */
public final class Instants {
    private Instants() {
    }

    /** The parsed instant, or null when {@code value} is absent; anything else is a 400 naming {@code field}. */
    public static OffsetDateTime parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(field,
                    "must be an ISO-8601 instant with offset, such as 2026-03-29T10:00:00+02:00");
        }
    }
}
