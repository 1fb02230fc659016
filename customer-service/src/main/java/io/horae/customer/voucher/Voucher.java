package io.horae.customer.voucher;

import io.horae.customer.api.VoucherState;
import io.horae.customer.api.VoucherView;
import io.horae.kernel.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A code worth an amount or a percentage, valid in a window, redeemed at most once. */
@Entity
@Table(name = "voucher")
public class Voucher {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String code;
    public BigDecimal amount;
    public String currency;
    public BigDecimal percentage;
    @Column(name = "valid_from")
    public OffsetDateTime validFrom;
    @Column(name = "valid_until")
    public OffsetDateTime validUntil;
    /** When the merchant withdrew it; an invalidated voucher is never redeemed again. */
    @Column(name = "invalidated_at")
    public OffsetDateTime invalidatedAt;
    @Column(name = "redeemed_at")
    public OffsetDateTime redeemedAt;
    @Column(name = "redeemed_for")
    public String redeemedFor;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    /** The voucher as customer-api reads it, in its state now. */
    public VoucherView view() {
        return new VoucherView(id, code, amount, currency, percentage, validFrom, validUntil,
                stateAt(OffsetDateTime.now()), redeemedAt, redeemedFor);
    }

    public VoucherState stateAt(OffsetDateTime now) {
        if (redeemedAt != null) {
            return VoucherState.REDEEMED;
        }
        if (invalidatedAt != null) {
            return VoucherState.INVALIDATED;
        }
        if (validFrom != null && now.isBefore(validFrom)) {
            return VoucherState.NOT_YET_VALID;
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return VoucherState.EXPIRED;
        }
        return VoucherState.VALID;
    }

    void redeem(String reference, OffsetDateTime now) {
        VoucherState state = stateAt(now);
        if (state != VoucherState.VALID) {
            throw ProblemException.conflict("voucher " + code + " cannot be redeemed: " + state.name().toLowerCase());
        }
        redeemedAt = now;
        redeemedFor = reference;
    }

    /** The merchant withdraws the voucher: no later redemption; one already made stays (and may be refunded). */
    void invalidate(OffsetDateTime now) {
        if (invalidatedAt != null) {
            throw ProblemException.conflict("voucher " + code + " was invalidated at " + invalidatedAt);
        }
        invalidatedAt = now;
    }

    void refund() {
        if (redeemedAt == null) {
            throw ProblemException.conflict("voucher " + code + " is not redeemed");
        }
        redeemedAt = null;
        redeemedFor = null;
    }
}
