package io.horae.customer.voucher;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
public class VoucherRepository implements TenantScopedRepository<Voucher, UUID> {

    public Uni<Voucher> byCode(String tenantId, String code) {
        return find("tenantId = ?1 and code = ?2", tenantId, code).firstResult();
    }

    /** The voucher with its row locked until the transaction ends: redemptions of one code queue up here. */
    public Uni<Voucher> byCodeLocked(String tenantId, String code) {
        return find("tenantId = ?1 and code = ?2", tenantId, code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
