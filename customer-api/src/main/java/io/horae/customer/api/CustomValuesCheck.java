package io.horae.customer.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * Values to check against the merchant's definitions of {@code scope}: all of one object's values, as its client
 * wrote them (a JSON null: no value).
 */
@RegisterForReflection
public record CustomValuesCheck(@NotNull CustomValueScope scope,
                                @NotNull @Size(max = 100) Map<@NotNull String, JsonNode> values) {
}
