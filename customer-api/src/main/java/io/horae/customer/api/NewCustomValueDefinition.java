package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A custom value to define: of customers unless {@code scope} says bookings. */
@RegisterForReflection
public record NewCustomValueDefinition(
        @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]{0,62}", message = "must be a key such as favouriteColour")
        String key,
        @NotBlank @Size(max = 200) String label,
        @NotNull CustomValueType type,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> allowedValues,
        Boolean required,
        CustomValueScope scope) {

    public CustomValueScope scopeOrDefault() {
        return scope == null ? CustomValueScope.CUSTOMER : scope;
    }
}
