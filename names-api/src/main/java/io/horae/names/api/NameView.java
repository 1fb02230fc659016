package io.horae.names.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** One entry of a catalogue of names (a tag, a segment, a price level, a product category). */
@RegisterForReflection
public record NameView(UUID id, String name) {
}
