package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How a payment is made: recorded by the merchant (cash, card at the desk), or taken from the customer's wallet
 * in customer-service: credit, one use of a pass (pays what is owed), a voucher (its value, up to what is owed), a
 * session the customer is owed for one of the booked services (pays what is owed).
 */
@RegisterForReflection
public enum PaymentMethod {
    EXTERNAL, CREDIT, PASS, VOUCHER, SUBSTITUTION;

    /** Whether one payment of this kind settles the booking whatever its price (it stands for a whole session). */
    public boolean settlesAlone() {
        return this == PASS || this == SUBSTITUTION;
    }
}
