package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A local date with free starts of a service: how many distinct starts, and the first. */
@RegisterForReflection
public record FreeDay(LocalDate date, int starts, OffsetDateTime firstStart) {
}
