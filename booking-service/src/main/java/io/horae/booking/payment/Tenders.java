package io.horae.booking.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.kernel.json.Patches;
import io.horae.kernel.persistence.Constraints;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The merchant's payment methods: defined, renamed, retired, and deleted while no payment names them. */
@ApplicationScoped
public class Tenders {
    @ApplicationScoped
    static class Repository implements TenantScopedRepository<Tender, UUID> {
    }

    private final Repository tenders;
    private final BookingPayments payments;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    Tenders(Repository tenders, BookingPayments payments, Patches patches) {
        this.tenders = tenders;
        this.payments = payments;
        this.patches = patches;
    }

    @WithTransaction
    public Uni<Tender> define(String tenantId, TenderResource.NewTender request) {
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        tender.tenantId = tenantId;
        tender.name = request.name().strip();
        tender.active = true;
        tender.createdAt = OffsetDateTime.now(clock);
        return named(tenders.persistAndFlush(tender), tender.name);
    }

    /** Renames it (JSON merge patch, checked as a new one); payments made with it show the new name. */
    @WithTransaction
    public Uni<Tender> change(String tenantId, UUID id, ObjectNode patch) {
        return owned(tenantId, id).call(t -> {
            String name = patches.apply(new TenderResource.NewTender(t.name), patch, TenderResource.NewTender.class)
                    .name().strip();
            t.name = name;
            return named(tenders.flush().replaceWith(t), name);
        });
    }

    @WithTransaction
    public Uni<Tender> setActive(String tenantId, UUID id, boolean active) {
        return owned(tenantId, id).invoke(t -> t.active = active);
    }

    /** Deletes a payment method no payment names; 409 otherwise (retire it instead). */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(t -> payments.count("tenantId = ?1 and tenderId = ?2", tenantId, id).invoke(used -> {
                    if (used > 0) {
                        throw ProblemException.conflict(used + " payments were taken by " + t.name + ": retire it instead");
                    }
                }))
                .call(tenders::delete)
                .replaceWithVoid();
    }

    @WithSession
    public Uni<Tender> find(String tenantId, UUID id) {
        return owned(tenantId, id);
    }

    /** The tenant's payment methods by name, all or only those {@code active} says. */
    @WithSession
    public Uni<List<Tender>> list(String tenantId, Boolean active) {
        Sort order = Sort.by("name").and("id");
        return active == null ? tenders.listOwned(tenantId, order)
                : tenders.list("tenantId = ?1 and active = ?2", order, tenantId, active);
    }

    /** The payment method an EXTERNAL payment names: the tenant's and in use (400 naming it otherwise). */
    @WithSession
    Uni<Tender> usable(String tenantId, UUID id) {
        return tenders.findOwned(tenantId, id).invoke(t -> {
            if (t == null || !t.active) {
                throw ProblemException.badField("paymentMethodId", t == null ? "is not a payment method of this merchant"
                        : "is retired");
            }
        });
    }

    private Uni<Tender> owned(String tenantId, UUID id) {
        return tenders.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("payment method", id));
    }

    /** A write of the payment method named {@code name}: 409 when the tenant has another of that name. */
    private static <T> Uni<T> named(Uni<T> write, String name) {
        return Constraints.refusedAs(write, "payment_method_name", "payment method " + name + " exists");
    }
}
