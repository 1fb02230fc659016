package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;
import java.util.UUID;

/** A pass a customer holds: of which pass ({@code passId}), how many entries are left, and while it is valid. */
@RegisterForReflection
public record HeldPassView(UUID id, UUID passId, int entriesTotal, int entriesLeft, LocalDate validFrom,
                           LocalDate validUntil) {
}
