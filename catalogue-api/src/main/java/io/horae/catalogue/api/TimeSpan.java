package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;

/** A stretch of time, {@code [start, end)} in UTC: a window of working hours, or a resource's free interval. */
@RegisterForReflection
public record TimeSpan(OffsetDateTime start, OffsetDateTime end) {
}
