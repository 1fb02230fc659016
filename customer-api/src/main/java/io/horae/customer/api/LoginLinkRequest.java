package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer asking for a sign-in link by e-mail. */
@RegisterForReflection
public record LoginLinkRequest(@NotBlank @Email @Size(max = 254) String email) {
}
