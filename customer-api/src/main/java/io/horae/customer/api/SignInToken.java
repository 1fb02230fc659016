package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** A one-time token that signs its customer in until {@code expiresAt} (absent when it is handed in). */
@RegisterForReflection
public record SignInToken(@NotBlank @Size(max = 100) String token, OffsetDateTime expiresAt) {
    public static SignInToken redeeming(String token) {
        return new SignInToken(token, null);
    }
}
