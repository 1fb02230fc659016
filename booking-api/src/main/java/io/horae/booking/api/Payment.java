package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment on a booking. {@code method}: EXTERNAL (default; the merchant took {@code amount}), CREDIT
 * ({@code amount} from the customer's credit), PASS (one use of the customer's pass {@code passId}), VOUCHER (voucher
 * {@code code}), SUBSTITUTION (a session the customer is owed for a booked service). {@code paymentMethodId}: for
 * EXTERNAL, the merchant's payment method it came by (cash, card, …).
 */
@RegisterForReflection
public record Payment(PaymentMethod method, @Digits(integer = 10, fraction = 2) BigDecimal amount, UUID passId,
                      @Size(max = 64) String code, UUID paymentMethodId) {
}
