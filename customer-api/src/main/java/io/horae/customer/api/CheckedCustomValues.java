package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Map;

/** Custom values as they are kept: converted to their types (a number, a date, …), nulls dropped. */
@RegisterForReflection
public record CheckedCustomValues(Map<String, Object> values) {
}
