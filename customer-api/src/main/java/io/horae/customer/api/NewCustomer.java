package io.horae.customer.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a merchant sends to register a customer. {@code phoneRegion}: the country a phone number without a country
 * code is read in.
 */
@RegisterForReflection
public record NewCustomer(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(min = 1, max = 100) String personalIdentifier,
        @Past LocalDate birthDate,
        @Size(max = 4000) String note,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
        @Size(max = 100) Map<@NotNull String, JsonNode> customValues,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as NL") String phoneRegion) {
}
