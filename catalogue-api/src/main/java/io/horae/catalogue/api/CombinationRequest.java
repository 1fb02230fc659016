package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Services in a row at one location, each starting as the one before ends, starting in {@code [from, to)}. */
@RegisterForReflection
public record CombinationRequest(@NotEmpty @Size(max = 10) List<@NotNull UUID> serviceIds, @NotNull UUID locationId,
                                 @NotNull OffsetDateTime from, @NotNull OffsetDateTime to) {
}
