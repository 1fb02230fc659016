package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.UUID;

/** A voucher was redeemed for something (a booking reference), or that redemption was refunded. */
@RegisterForReflection
public record VoucherChanged(UUID voucherId, String code, Change change, String reference) {
    public enum Change { REDEEMED, REFUNDED, INVALIDATED }

    public static final EventType<VoucherChanged> TYPE =
            new EventType<>("customer.voucher_changed.v1", Topics.CUSTOMERS, VoucherChanged.class);
}
