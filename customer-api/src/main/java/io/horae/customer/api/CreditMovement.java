package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A movement of a customer's credit: a positive amount adds credit, a negative one takes it. */
@RegisterForReflection
public record CreditMovement(@NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
                             @Size(max = 200) String reason, @Size(max = 200) String reference) {
}
