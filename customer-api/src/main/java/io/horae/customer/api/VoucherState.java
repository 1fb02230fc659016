package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a voucher stands at a moment: only a {@code VALID} one can pay. */
@RegisterForReflection
public enum VoucherState { VALID, NOT_YET_VALID, EXPIRED, REDEEMED, INVALIDATED }
