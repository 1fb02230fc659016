package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/**
 * A custom value the merchant defines for customers or bookings ({@code scope}). {@code active}: false once retired
 * (required of nobody, left off forms; values kept stay).
 */
@RegisterForReflection
public record CustomValueDefinitionView(UUID id, String key, String label, CustomValueType type,
                                        List<String> allowedValues, boolean required, boolean active,
                                        CustomValueScope scope) {
}
