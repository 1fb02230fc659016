package io.horae.claims;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * availability-service's answer for one line: whether the catalogue offers it (hours, time off, classes, notice,
 * horizon; claims aside, which the claim's own constraints decide) and what it would take: its time, the time it
 * blocks on its resource (buffers included) and how many seats one start has. A class seat names the class's resource
 * and service. A refusal gives its {@code reason}; an invalid line names the {@code field} of the line at fault, or
 * none when the line as a whole is.
 */
@RegisterForReflection
public record LineOffer(Verdict verdict, String field, String reason, OffsetDateTime start, OffsetDateTime end,
                        OffsetDateTime footprintStart, OffsetDateTime footprintEnd, int capacity, UUID resourceId,
                        UUID serviceId) {

    public enum Verdict {
        /** The catalogue offers the line. */
        OFFERED,
        /** The line is valid but not offered at that time (closed, time off, too soon, too far ahead, full). */
        NOT_OFFERED,
        /** The line names something the merchant does not have, or a combination it does not offer. */
        INVALID
    }

    public static LineOffer notOffered(String reason) {
        return new LineOffer(Verdict.NOT_OFFERED, null, reason, null, null, null, null, 0, null, null);
    }

    public static LineOffer invalid(String field, String reason) {
        return new LineOffer(Verdict.INVALID, field, reason, null, null, null, null, 0, null, null);
    }

    public static LineOffer offered(OffsetDateTime start, OffsetDateTime end, OffsetDateTime footprintStart,
                                    OffsetDateTime footprintEnd, int capacity, UUID resourceId, UUID serviceId) {
        return new LineOffer(Verdict.OFFERED, null, null, start, end, footprintStart, footprintEnd, capacity,
                resourceId, serviceId);
    }

    public boolean offered() {
        return verdict == Verdict.OFFERED;
    }

    /** The lines asked about, in the order of the answers. */
    @RegisterForReflection
    public record Question(@NotEmpty @Size(max = 10) List<@Valid @NotNull ClaimLine> lines) {
    }
}
