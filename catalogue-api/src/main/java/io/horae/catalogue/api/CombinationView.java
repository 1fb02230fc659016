package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Services in a row that are free together: from the first leg's start to the last one's end. */
@RegisterForReflection
public record CombinationView(OffsetDateTime start, OffsetDateTime end, List<Leg> legs) {

    /** One service of the row, on the resource that is free for it. */
    @RegisterForReflection
    public record Leg(UUID serviceId, UUID resourceId, OffsetDateTime start, OffsetDateTime end) {
    }
}
