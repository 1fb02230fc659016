package io.horae.customer.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerView(UUID id, String firstName, String lastName, String email, String phone,
                           String personalIdentifier, LocalDate birthDate, String note, List<String> tags,
                           Map<String, Object> customValues, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                           OffsetDateTime erasedAt) {
    static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.firstName, c.lastName, c.email, c.phone, c.personalIdentifier, c.birthDate,
                c.note, List.of(c.tags), c.customValues, c.createdAt, c.updatedAt, c.erasedAt);
    }
}
