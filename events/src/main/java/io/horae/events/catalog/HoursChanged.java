package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A resource's working hours, exceptions or time off changed: its availability may differ. */
@RegisterForReflection
public record HoursChanged(UUID resourceId, String what) {
    public static final EventType<HoursChanged> TYPE =
            new EventType<>("catalog.hours_changed.v1", Topics.CATALOG, HoursChanged.class);
}
