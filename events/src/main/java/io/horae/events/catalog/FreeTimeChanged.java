package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Time off of a resource was added ({@code ADDED}) or removed ({@code REMOVED}): the resource's availability differs
 * in {@code [start, end)}. Keyed by the resource, so one resource's changes keep their order.
 */
@RegisterForReflection
public record FreeTimeChanged(UUID freeTimeId, UUID resourceId, Change change, OffsetDateTime start,
                              OffsetDateTime end, String reason) {
    public enum Change { ADDED, REMOVED }

    public static final EventType<FreeTimeChanged> TYPE =
            new EventType<>("catalog.free_time_changed.v1", Topics.CATALOG, FreeTimeChanged.class);
}
