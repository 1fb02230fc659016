package io.horae.customer.voucher;

import io.horae.customer.api.NewVoucher;
import io.horae.events.customer.VoucherChanged;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VoucherService {
    private final VoucherRepository vouchers;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public VoucherService(VoucherRepository vouchers, Outbox outbox) {
        this.vouchers = vouchers;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Voucher> issue(String tenantId, NewVoucher request) {
        if ((request.amount() == null) == (request.percentage() == null)) {
            return Uni.createFrom().failure(ProblemException.badField("amount", "give either amount or percentage"));
        }
        if (request.amount() != null && request.currency() == null) {
            return Uni.createFrom().failure(ProblemException.badField("currency", "is required with an amount"));
        }
        if (request.validFrom() != null && request.validUntil() != null && !request.validFrom().isBefore(request.validUntil())) {
            return Uni.createFrom().failure(ProblemException.badField("validUntil", "must be after validFrom"));
        }
        return vouchers.byCode(tenantId, request.code()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException.conflict("voucher " + request.code() + " exists"));
            }
            Voucher voucher = new Voucher();
            voucher.id = UUID.randomUUID();
            voucher.tenantId = tenantId;
            voucher.code = request.code();
            voucher.amount = request.amount();
            voucher.currency = request.amount() == null ? null : request.currency();
            voucher.percentage = request.percentage();
            voucher.validFrom = request.validFrom();
            voucher.validUntil = request.validUntil();
            voucher.createdAt = OffsetDateTime.now(clock);
            return vouchers.persist(voucher);
        });
    }

    @WithSession
    public Uni<Voucher> find(String tenantId, String code) {
        return vouchers.byCode(tenantId, code);
    }

    @WithSession
    public Uni<List<Voucher>> list(String tenantId) {
        return vouchers.listOwned(tenantId, Sort.by("createdAt").and("id"));
    }

    /** Redeems the voucher for {@code reference}; of many concurrent redemptions exactly one succeeds. */
    @WithTransaction
    public Uni<Voucher> redeem(String tenantId, String code, String reference) {
        return locked(tenantId, code)
                .invoke(v -> v.redeem(reference, OffsetDateTime.now(clock)))
                .call(v -> outbox.append(tenantId, v.id, VoucherChanged.TYPE,
                        new VoucherChanged(v.id, v.code, VoucherChanged.Change.REDEEMED, reference)));
    }

    /** Withdraws the voucher: it is redeemed no more. */
    @WithTransaction
    public Uni<Voucher> invalidate(String tenantId, String code) {
        return locked(tenantId, code)
                .invoke(v -> v.invalidate(OffsetDateTime.now(clock)))
                .call(v -> outbox.append(tenantId, v.id, VoucherChanged.TYPE,
                        new VoucherChanged(v.id, v.code, VoucherChanged.Change.INVALIDATED, null)));
    }

    /** Cancels the redemption, so the code can be used again. */
    @WithTransaction
    public Uni<Voucher> refund(String tenantId, String code) {
        return locked(tenantId, code)
                .chain(v -> {
                    String reference = v.redeemedFor;
                    v.refund();
                    return outbox.append(tenantId, v.id, VoucherChanged.TYPE,
                            new VoucherChanged(v.id, v.code, VoucherChanged.Change.REFUNDED, reference)).replaceWith(v);
                });
    }

    private Uni<Voucher> locked(String tenantId, String code) {
        return vouchers.byCodeLocked(tenantId, code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("voucher", code));
    }
}
