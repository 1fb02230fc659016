package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A voucher redeemed for what {@code reference} names (a booking's reference). */
@RegisterForReflection
public record VoucherRedemption(@NotBlank @Size(max = 200) String reference) {
}
