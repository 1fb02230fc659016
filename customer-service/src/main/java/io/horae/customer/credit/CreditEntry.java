package io.horae.customer.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One movement of a customer's credit; entries are only ever appended (the table refuses updates and deletes). */
@Entity
@Table(name = "credit_entry")
public class CreditEntry {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    public int seq;
    public BigDecimal amount;
    @Column(name = "balance_after")
    public BigDecimal balanceAfter;
    public String reason;
    public String reference;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The entry that follows {@code last} (null for a first entry) with {@code amount}; refuses to go below zero. */
    static CreditEntry after(CreditEntry last, String tenantId, UUID customerId, BigDecimal amount, String reason,
                             String reference, OffsetDateTime now) {
        BigDecimal balance = last == null ? BigDecimal.ZERO.setScale(2) : last.balanceAfter;
        BigDecimal next = balance.add(amount).setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (next.signum() < 0) {
            throw new InsufficientCredit(balance, amount.negate());
        }
        CreditEntry entry = new CreditEntry();
        entry.id = UUID.randomUUID();
        entry.tenantId = tenantId;
        entry.customerId = customerId;
        entry.seq = last == null ? 1 : last.seq + 1;
        entry.amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        entry.balanceAfter = next;
        entry.reason = reason;
        entry.reference = reference;
        entry.createdAt = now;
        return entry;
    }

    /** A debit larger than the balance. */
    static final class InsufficientCredit extends io.horae.kernel.problem.ProblemException {
        InsufficientCredit(BigDecimal balance, BigDecimal requested) {
            super(409, "Conflict", "insufficient credit: balance " + balance.toPlainString() + ", requested "
                    + requested.toPlainString(), java.util.List.of());
        }
    }
}
