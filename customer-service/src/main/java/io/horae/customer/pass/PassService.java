package io.horae.customer.pass;

import io.horae.customer.profile.CustomerRepository;
import io.horae.events.customer.PassChanged;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Pass definitions and the passes customers hold. Changes to one held pass lock its row first. */
@ApplicationScoped
public class PassService {
    private final PassRepositories.Definitions definitions;
    private final PassRepositories.CustomerPasses passes;
    private final PassRepositories.Uses uses;
    private final PassRepositories.Intermissions pauses;
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    PassService(PassRepositories.Definitions definitions, PassRepositories.CustomerPasses passes,
                PassRepositories.Uses uses, PassRepositories.Intermissions pauses, CustomerRepository customers,
                Outbox outbox) {
        this.definitions = definitions;
        this.passes = passes;
        this.uses = uses;
        this.pauses = pauses;
        this.customers = customers;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<PassDefinition> define(String tenantId, PassResource.NewPass request) {
        PassDefinition definition = new PassDefinition();
        definition.id = UUID.randomUUID();
        definition.tenantId = tenantId;
        definition.name = request.name().strip();
        definition.entries = request.entries();
        definition.validityDays = request.validityDays();
        definition.price = request.price();
        definition.currency = request.currency();
        definition.active = true;
        definition.createdAt = OffsetDateTime.now(clock);
        return definitions.persist(definition);
    }

    /** The tenant's passes by name, all or only those {@code active} says. */
    @WithSession
    public Uni<List<PassDefinition>> definitions(String tenantId, Boolean active) {
        return active == null ? definitions.listOwned(tenantId, Sort.by("name").and("id"))
                : definitions.list("tenantId = ?1 and active = ?2", Sort.by("name").and("id"), tenantId, active);
    }

    /** Retires a pass ({@code active} false: sold to nobody new, held passes keep working) or sells it again. */
    @WithTransaction
    public Uni<PassDefinition> setActive(String tenantId, UUID id, boolean active) {
        return definitions.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("pass", id))
                .invoke(d -> d.active = active);
    }

    @WithTransaction
    public Uni<CustomerPass> assign(String tenantId, UUID customerId, UUID passDefinitionId, LocalDate validFrom) {
        return customers.active(tenantId, customerId)
                .chain(() -> definitions.findOwned(tenantId, passDefinitionId))
                .onItem().ifNull().failWith(() -> ProblemException.badField("passId", "is not a pass of this merchant"))
                .invoke(definition -> {
                    if (!definition.active) {
                        throw ProblemException.badField("passId", "is no longer sold");
                    }
                })
                .map(definition -> CustomerPass.issue(definition, customerId,
                        validFrom != null ? validFrom : today(), OffsetDateTime.now(clock)))
                .call(passes::persist)
                .call(pass -> announce(pass, PassChanged.Change.ASSIGNED, null));
    }

    @WithSession
    public Uni<List<CustomerPass>> held(String tenantId, UUID customerId) {
        return customers.active(tenantId, customerId)
                .chain(() -> passes.list("tenantId = ?1 and customerId = ?2", Sort.by("validUntil").and("id"),
                        tenantId, customerId));
    }

    /** Takes one entry for {@code reference} today (Reservanto TryUsePass). */
    @WithTransaction
    public Uni<PassUse> use(String tenantId, UUID customerId, UUID customerPassId, String reference) {
        return locked(tenantId, customerId, customerPassId)
                .chain(pass -> pauses.list("customerPassId", pass.id).map(found -> {
                    pass.use(today(), found);
                    PassUse use = new PassUse();
                    use.id = UUID.randomUUID();
                    use.customerPassId = pass.id;
                    use.reference = reference;
                    use.usedAt = OffsetDateTime.now(clock);
                    return use;
                }).call(uses::persist).call(use -> announce(pass, PassChanged.Change.USED, reference)));
    }

    /** Gives back the entry taken by {@code useId} (Reservanto TryReturnPassUsage); once only. */
    @WithTransaction
    public Uni<CustomerPass> returnUse(String tenantId, UUID customerId, UUID customerPassId, UUID useId) {
        return locked(tenantId, customerId, customerPassId)
                .call(pass -> uses.findById(useId).invoke(use -> {
                    if (use == null || !use.customerPassId.equals(pass.id)) {
                        throw ProblemException.notFound("pass use", useId);
                    }
                    if (use.returnedAt != null) {
                        throw ProblemException.conflict("pass use " + useId + " was already returned");
                    }
                    use.returnedAt = OffsetDateTime.now(clock);
                    pass.returnUse();
                }).chain(use -> announce(pass, PassChanged.Change.USE_RETURNED, use.reference)));
    }

    /**
     * Gives back the {@code count} entries taken last and not yet given back (Reservanto TryReturnPassUsage): all of
     * them or, when fewer were taken, none (409).
     */
    @WithTransaction
    public Uni<CustomerPass> returnLastUses(String tenantId, UUID customerId, UUID customerPassId, int count) {
        return locked(tenantId, customerId, customerPassId)
                .call(pass -> uses.find("customerPassId = ?1 and returnedAt is null",
                                Sort.descending("usedAt", "id"), pass.id)
                        .range(0, count - 1).list().chain(taken -> {
                            if (taken.size() < count) {
                                throw ProblemException.conflict("pass " + pass.id + " has " + taken.size()
                                        + " entries taken to give back, not " + count);
                            }
                            OffsetDateTime now = OffsetDateTime.now(clock);
                            return Multi.createFrom().iterable(taken).onItem().transformToUniAndConcatenate(use -> {
                                use.returnedAt = now;
                                pass.returnUse();
                                return announce(pass, PassChanged.Change.USE_RETURNED, use.reference);
                            }).collect().asList();
                        }));
    }

    /** Pauses the pass on {@code [from, to]} and extends its validity by as many days (Reservanto AddIntermission). */
    @WithTransaction
    public Uni<CustomerPass> pause(String tenantId, UUID customerId, UUID customerPassId, LocalDate from, LocalDate to) {
        return locked(tenantId, customerId, customerPassId)
                .call(pass -> pauses.list("customerPassId", pass.id)
                        .map(found -> pass.pause(from, to, found))
                        .call(pauses::persist)
                        .chain(() -> announce(pass, PassChanged.Change.PAUSED, null)));
    }

    private Uni<CustomerPass> locked(String tenantId, UUID customerId, UUID customerPassId) {
        return passes.findById(customerPassId, LockModeType.PESSIMISTIC_WRITE)
                .map(pass -> {
                    if (pass == null || !pass.tenantId.equals(tenantId) || !pass.customerId.equals(customerId)) {
                        throw ProblemException.notFound("pass", customerPassId);
                    }
                    return pass;
                });
    }


    private Uni<Void> announce(CustomerPass pass, PassChanged.Change change, String reference) {
        return outbox.append(pass.tenantId, pass.customerId, PassChanged.TYPE,
                new PassChanged(pass.customerId, pass.id, change, pass.entriesLeft, pass.validUntil, reference));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
