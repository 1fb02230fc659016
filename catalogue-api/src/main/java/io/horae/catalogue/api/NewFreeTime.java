package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Time a resource is taken off, {@code [start, end)}, and why. */
@RegisterForReflection
public record NewFreeTime(@NotNull UUID resourceId, @NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
                          @Size(max = 500) String reason) {
}
