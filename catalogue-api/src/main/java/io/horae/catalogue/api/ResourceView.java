package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/** A resource as clients read it. {@code active}: false once retired. */
@RegisterForReflection
public record ResourceView(UUID id, String name, UUID locationId, ResourceKind kind, List<String> tags,
                           boolean active) {
}
