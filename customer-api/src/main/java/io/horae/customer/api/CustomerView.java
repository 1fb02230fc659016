package io.horae.customer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer as clients read it; {@code erasedAt} is set once the customer's personal data is erased. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record CustomerView(UUID id, String firstName, String lastName, String email, String phone,
                           String personalIdentifier, LocalDate birthDate, String note, List<String> tags,
                           Map<String, Object> customValues, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           OffsetDateTime erasedAt) {
}
