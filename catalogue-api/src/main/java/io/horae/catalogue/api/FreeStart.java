package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.Instant;
import java.util.UUID;

/** A start of a service free on {@code resourceId} now, and when the service would end. */
@RegisterForReflection
public record FreeStart(UUID resourceId, Instant start, Instant end) {
}
