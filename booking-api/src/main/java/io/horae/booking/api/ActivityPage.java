package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.List;

/** Activities, oldest first, and where the next page starts: pass {@code since} and {@code after} back. */
@RegisterForReflection
public record ActivityPage(List<ActivityView> items, OffsetDateTime since, long after) {
}
