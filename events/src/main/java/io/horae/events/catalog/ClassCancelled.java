package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/**
 * The merchant cancelled a class occurrence: its bookings are cancelled through the usual events (their time
 * released, customers told, webhooks sent) and its waiting list dropped.
 */
@RegisterForReflection
public record ClassCancelled(UUID classId, String reason) {
    public static final EventType<ClassCancelled> TYPE =
            new EventType<>("catalog.class_cancelled.v1", Topics.CATALOG, ClassCancelled.class);
}
