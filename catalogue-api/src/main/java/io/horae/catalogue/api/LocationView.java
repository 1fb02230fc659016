package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A location as clients read it. {@code active}: false once retired. */
@RegisterForReflection
public record LocationView(UUID id, String name, String timeZone, String street, String city, String zipCode,
                           String country, Double latitude, Double longitude, boolean active) {
}
