package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A voucher to issue: an amount in a currency or a percentage (one of them), valid in an optional window. */
@RegisterForReflection
public record NewVoucher(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{3,64}", message = "must be 3 to 64 letters, digits, - or _")
        String code,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CZK") String currency,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal percentage,
        OffsetDateTime validFrom,
        OffsetDateTime validUntil) {
}
