package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A class was scheduled, or its time, place or seats changed: where and when it is now, and how many seats it has.
 * {@code seriesId}: the weekly series it belongs to, or null for a class scheduled on its own. Its cancellation is
 * {@link ClassCancelled}.
 */
@RegisterForReflection
public record ClassScheduled(UUID classId, UUID seriesId, UUID serviceId, UUID resourceId, UUID locationId,
                             OffsetDateTime start, OffsetDateTime end, int capacity) {
    public static final EventType<ClassScheduled> TYPE =
            new EventType<>("catalog.class_scheduled.v1", Topics.CATALOG, ClassScheduled.class);
}
