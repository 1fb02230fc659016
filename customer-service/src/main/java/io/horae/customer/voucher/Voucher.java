package io.horae.customer.voucher;

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
    public enum State { VALID, NOT_YET_VALID, EXPIRED, REDEEMED, INVALIDATED }

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

    public State stateAt(OffsetDateTime now) {
        if (redeemedAt != null) {
            return State.REDEEMED;
        }
        if (invalidatedAt != null) {
            return State.INVALIDATED;
        }
        if (validFrom != null && now.isBefore(validFrom)) {
            return State.NOT_YET_VALID;
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return State.EXPIRED;
        }
        return State.VALID;
    }

    void redeem(String reference, OffsetDateTime now) {
        State state = stateAt(now);
        if (state != State.VALID) {
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
