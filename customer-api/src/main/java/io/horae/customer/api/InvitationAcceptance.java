package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token from an invitation's link and the password the customer chose. */
@RegisterForReflection
public record InvitationAcceptance(@NotBlank @Size(max = 100) String token,
                                   @NotNull @Size(min = 8, max = 72) String password) {
}
