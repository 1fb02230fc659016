package io.horae.customer.api;

/** Where a voucher stands at a moment: only a {@code VALID} one can pay. */
public enum VoucherState { VALID, NOT_YET_VALID, EXPIRED, REDEEMED, INVALIDATED }
