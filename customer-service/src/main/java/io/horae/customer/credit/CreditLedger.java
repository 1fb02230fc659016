package io.horae.customer.credit;

import io.horae.customer.profile.CustomerRepository;
import io.horae.events.customer.CreditChanged;
import io.horae.kernel.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer's credit. Every movement locks the customer's row first, so movements of one customer happen one
 * after another: the balance read is the latest, and a debit that would make it negative is refused (409).
 */
@ApplicationScoped
public class CreditLedger {
    public record Statement(BigDecimal openingBalance, BigDecimal credited, BigDecimal debited,
                            BigDecimal closingBalance, List<CreditEntry> entries) {
    }

    private final CustomerRepository customers;
    private final CreditEntryRepository entries;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public CreditLedger(CustomerRepository customers, CreditEntryRepository entries, Outbox outbox) {
        this.customers = customers;
        this.entries = entries;
        this.outbox = outbox;
    }

    /** Adds (positive) or takes (negative) credit. */
    @WithTransaction
    public Uni<CreditEntry> post(String tenantId, UUID customerId, BigDecimal amount, String reason, String reference) {
        return customers.activeLocked(tenantId, customerId)
                .chain(customer -> entries.last(tenantId, customerId))
                .map(last -> CreditEntry.after(last, tenantId, customerId, amount, reason, reference,
                        OffsetDateTime.now(clock)))
                .call(entries::persist)
                .call(entry -> outbox.append(tenantId, customerId, CreditChanged.TYPE, new CreditChanged(customerId,
                        entry.id, entry.amount, entry.balanceAfter, entry.reason, entry.reference)));
    }

    @WithSession
    public Uni<BigDecimal> balance(String tenantId, UUID customerId) {
        return customers.active(tenantId, customerId)
                .chain(customer -> entries.last(tenantId, customerId))
                .map(last -> last == null ? BigDecimal.ZERO : last.balanceAfter);
    }

    /** The movements in {@code [from, to)} with the turnover: what came in, what went out, opening and closing. */
    @WithSession
    public Uni<Statement> statement(String tenantId, UUID customerId, OffsetDateTime from, OffsetDateTime to) {
        return customers.active(tenantId, customerId)
                .chain(customer -> entries.between(tenantId, customerId, from, to))
                .chain(found -> entries.find("tenantId = ?1 and customerId = ?2 and createdAt < ?3",
                                io.quarkus.panache.common.Sort.descending("seq"), tenantId, customerId, from)
                        .firstResult()
                        .map(before -> statementOf(before, found)));
    }

    private static Statement statementOf(CreditEntry before, List<CreditEntry> found) {
        BigDecimal opening = before == null ? BigDecimal.ZERO : before.balanceAfter;
        BigDecimal credited = found.stream().map(e -> e.amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal debited = found.stream().map(e -> e.amount).filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        BigDecimal closing = found.isEmpty() ? opening : found.get(found.size() - 1).balanceAfter;
        return new Statement(opening, credited, debited, closing, found);
    }
}
