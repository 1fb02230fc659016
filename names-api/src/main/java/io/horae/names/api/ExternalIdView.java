package io.horae.names.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** The merchant's own identifier {@code value} of one object ({@code objectId}) of a {@code kind}. */
@RegisterForReflection
public record ExternalIdView(UUID id, String kind, UUID objectId, String value) {
}
