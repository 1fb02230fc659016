package io.horae.customer.substitution;

import io.horae.customer.api.SubstitutionGrant;
import io.horae.customer.api.SubstitutionView;
import io.horae.customer.profile.CustomerRepository;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The sessions customers are owed: granted by the merchant, taken by a booking of the same service (the one that
 * expires first), given back when that booking's payment is undone.
 */
@ApplicationScoped
public class ServiceSubstitutions {
    @ApplicationScoped
    static class Repository implements TenantScopedRepository<ServiceSubstitution, UUID> {
    }

    /** The substitution as customer-api reads it. */
    static SubstitutionView view(ServiceSubstitution s) {
        return new SubstitutionView(s.id, s.serviceId, s.reason, s.originReference, s.validUntil, s.usedBy, s.usedAt,
                s.createdAt);
    }

    private final Repository substitutions;
    private final CustomerRepository customers;
    private final Clock clock = Clock.systemUTC();

    ServiceSubstitutions(Repository substitutions, CustomerRepository customers) {
        this.substitutions = substitutions;
        this.customers = customers;
    }

    @WithTransaction
    public Uni<List<ServiceSubstitution>> grant(String tenantId, UUID customerId, SubstitutionGrant grant) {
        if (grant.validUntil().isBefore(today())) {
            throw ProblemException.badField("validUntil", "must not be in the past");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int count = grant.count() == null ? 1 : grant.count();
        List<ServiceSubstitution> granted = IntStream.range(0, count).mapToObj(i -> {
            ServiceSubstitution s = new ServiceSubstitution();
            s.id = UUID.randomUUID();
            s.tenantId = tenantId;
            s.customerId = customerId;
            s.serviceId = grant.serviceId();
            s.reason = grant.reason();
            s.originReference = grant.originReference();
            s.validUntil = grant.validUntil();
            s.createdAt = now;
            return s;
        }).toList();
        return customers.active(tenantId, customerId).chain(() -> substitutions.persist(granted)).replaceWith(granted);
    }

    /** The customer's substitutions, those still free to use today first (by expiry) or, with {@code free}, only them. */
    @WithSession
    public Uni<List<ServiceSubstitution>> held(String tenantId, UUID customerId, boolean free) {
        return customers.active(tenantId, customerId).chain(() -> free
                ? substitutions.list("tenantId = ?1 and customerId = ?2 and usedBy is null and validUntil >= ?3",
                Sort.by("validUntil").and("id"), tenantId, customerId, today())
                : substitutions.list("tenantId = ?1 and customerId = ?2", Sort.by("validUntil").and("id"),
                tenantId, customerId));
    }

    /**
     * Takes the free substitution for one of {@code serviceIds} that expires first, for {@code reference}; 409 when
     * the customer has none. Concurrent uses lock the candidates, so one substitution pays one booking.
     */
    @WithTransaction
    public Uni<ServiceSubstitution> use(String tenantId, UUID customerId, List<UUID> serviceIds, String reference) {
        Uni<ServiceSubstitution> first = substitutions.find("tenantId = ?1 and customerId = ?2 and usedBy is null"
                        + " and validUntil >= ?3 and serviceId in ?4", Sort.by("validUntil").and("id"), tenantId,
                        customerId, today(), serviceIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        return customers.active(tenantId, customerId).chain(() -> first)
                .onItem().ifNull().failWith(() -> ProblemException.conflict(
                        "customer " + customerId + " has no free substitution for the booked service"))
                .invoke(s -> {
                    s.usedBy = reference;
                    s.usedAt = OffsetDateTime.now(clock);
                });
    }

    /** Frees the substitution a payment took; a free one stays free (a retried give-back changes nothing). */
    @WithTransaction
    public Uni<ServiceSubstitution> giveBack(String tenantId, UUID customerId, UUID id) {
        return locked(tenantId, customerId, id).invoke(s -> {
            s.usedBy = null;
            s.usedAt = null;
        });
    }

    /** Withdraws a free substitution granted by mistake; one that paid a booking stays (409). */
    @WithTransaction
    public Uni<Void> withdraw(String tenantId, UUID customerId, UUID id) {
        return locked(tenantId, customerId, id).chain(s -> {
            if (!s.free()) {
                throw ProblemException.conflict("substitution " + id + " paid booking " + s.usedBy);
            }
            return substitutions.delete(s);
        });
    }

    private Uni<ServiceSubstitution> locked(String tenantId, UUID customerId, UUID id) {
        return substitutions.lockOwned(tenantId, id).map(s -> {
            if (s == null || !s.customerId.equals(customerId)) {
                throw ProblemException.notFound("substitution", id);
            }
            return s;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
