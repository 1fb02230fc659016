package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/** A resource was added or changed, including which services it offers. */
@RegisterForReflection
public record ResourceChanged(UUID resourceId, UUID locationId, String name, String kind, boolean active,
                              List<UUID> serviceIds) {
    public static final EventType<ResourceChanged> TYPE =
            new EventType<>("catalog.resource_changed.v1", Topics.CATALOG, ResourceChanged.class);
}
