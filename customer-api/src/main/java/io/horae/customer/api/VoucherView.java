package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A voucher as it is read: worth an {@code amount} in {@code currency} or a {@code percentage}, its window, its
 * {@code state} when it was read, and the reference it was redeemed for.
 */
@RegisterForReflection
public record VoucherView(UUID id, String code, BigDecimal amount, String currency, BigDecimal percentage,
                          OffsetDateTime validFrom, OffsetDateTime validUntil, VoucherState state,
                          OffsetDateTime redeemedAt, String redeemedFor) {
}
