package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Size;

/** An account to open; without a password it is invited: the customer gets an e-mail with a link that sets it. */
@RegisterForReflection
public record NewAccount(@Size(min = 8, max = 72) String password) {
}
