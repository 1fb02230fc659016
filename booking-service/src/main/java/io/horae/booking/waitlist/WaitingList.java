package io.horae.booking.waitlist;

import io.horae.booking.reservations.Reservations;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.horae.events.booking.WaitlistOffered;
import io.horae.events.reservation.ClaimedLine;
import io.horae.kernel.metrics.LabelledCounter;
import io.horae.kernel.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Waiting lists (Reservanto Alternates). When a slot or a class seat frees, the first customer waiting for it gets
 * a hold of their own for the offer window and a {@code waitlist.offered} event; if they do not book it in time the
 * hold expires, which frees the slot again and offers it to the next in line.
 */
@ApplicationScoped
public class WaitingList implements TenantScopedRepository<WaitlistEntry, UUID> {
    private static final Logger LOG = Logger.getLogger(WaitingList.class);

    @ConfigMapping(prefix = "horae.booking.waitlist")
    public interface Settings {
        /** How long the first in line has to book a freed slot. */
        @WithDefault("15m")
        Duration offerWindow();
    }

    public record Join(UUID customerId, UUID resourceId, UUID serviceId, OffsetDateTime start, UUID classId,
                       Integer seats) {
    }

    private final Reservations reservations;
    private final Outbox outbox;
    private final Settings settings;
    private final LabelledCounter offers;
    private final Clock clock = Clock.systemUTC();

    public WaitingList(Reservations reservations, Outbox outbox, Settings settings, MeterRegistry registry) {
        this.reservations = reservations;
        this.outbox = outbox;
        this.settings = settings;
        this.offers = new LabelledCounter(registry, "horae.waitlist.offers",
                "Freed slots offered to the first in line (offered), or taken by someone else first (taken)", "outcome");
    }

    @WithTransaction
    public Uni<WaitlistEntry> join(String tenantId, Join join) {
        if (join.customerId() == null) {
            throw ProblemException.badField("customerId", "is required");
        }
        boolean forClass = join.classId() != null;
        if (!forClass && (join.resourceId() == null || join.serviceId() == null || join.start() == null)) {
            throw ProblemException.badRequest("give classId, or resourceId, serviceId and start");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        WaitlistEntry entry = new WaitlistEntry();
        entry.id = UUID.randomUUID();
        entry.tenantId = tenantId;
        entry.customerId = join.customerId();
        entry.classId = join.classId();
        entry.resourceId = forClass ? null : join.resourceId();
        entry.serviceId = forClass ? null : join.serviceId();
        entry.start = forClass ? null : join.start();
        entry.seats = join.seats() == null ? 1 : join.seats();
        entry.status = WaitlistEntry.Status.WAITING;
        entry.createdAt = now;
        entry.updatedAt = now;
        return persist(entry);
    }

    /** The tenant's entries in line order, of a status, a customer and a class when given. */
    @WithSession
    public Uni<List<WaitlistEntry>> entries(String tenantId, WaitlistEntry.Status status, UUID customerId,
                                            UUID classId) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (customerId != null) {
            query.append(" and customerId = :customer");
            parameters.and("customer", customerId);
        }
        if (classId != null) {
            query.append(" and classId = :occurrence");
            parameters.and("occurrence", classId);
        }
        return list(query.toString(), Sort.by("createdAt").and("id"), parameters);
    }

    @WithSession
    public Uni<WaitlistEntry> entry(String tenantId, UUID id) {
        return findOwned(tenantId, id);
    }

    /** The customer gives up their place; an offered hold is given back, which offers it to the next in line. */
    @WithTransaction
    public Uni<WaitlistEntry> leave(String tenantId, UUID id) {
        return lockOwned(tenantId, id).chain(entry -> {
            if (entry == null) {
                throw ProblemException.notFound("waiting list entry", id);
            }
            if (entry.status != WaitlistEntry.Status.WAITING && entry.status != WaitlistEntry.Status.OFFERED) {
                throw ProblemException.conflict("the entry is " + entry.status);
            }
            UUID offered = entry.status == WaitlistEntry.Status.OFFERED ? entry.reservationId : null;
            entry.status = WaitlistEntry.Status.LEFT;
            entry.updatedAt = OffsetDateTime.now(clock);
            return offered == null ? Uni.createFrom().item(entry)
                    : reservations.release(tenantId, offered, null, "left the waiting list")
                    .onFailure().invoke(e -> LOG.warnf("hold %s not released (%s); it expires by itself", offered,
                            e.getMessage()))
                    .onFailure().recoverWithNull()
                    .replaceWith(entry);
        });
    }

    /**
     * The class was cancelled: nobody waits for it any more (an offered hold lapses with its expiry). In the caller's
     * transaction, before the class's bookings free their seats, so no freed seat is offered.
     */
    public Uni<Integer> dropClass(String tenantId, UUID classId) {
        return update("status = ?1, updatedAt = ?2 where tenantId = ?3 and classId = ?4 and status in ?5",
                WaitlistEntry.Status.LAPSED, OffsetDateTime.now(clock), tenantId, classId,
                List.of(WaitlistEntry.Status.WAITING, WaitlistEntry.Status.OFFERED));
    }

    /** Claims were freed: offers each freed slot to the first customer waiting for it. In the caller's transaction. */
    public Uni<Void> freed(String tenantId, UUID reservationId, List<ClaimedLine> lines, boolean expired) {
        Uni<Void> lapsed = expired ? update("status = ?1, updatedAt = ?2 where tenantId = ?3 and reservationId = ?4 "
                        + "and status = ?5", WaitlistEntry.Status.LAPSED, OffsetDateTime.now(clock), tenantId,
                reservationId, WaitlistEntry.Status.OFFERED).replaceWithVoid() : Uni.createFrom().voidItem();
        return lapsed.chain(() -> Multi.createFrom().iterable(lines).filter(ClaimedLine::onResource)
                .onItem().transformToUniAndConcatenate(line -> offerFirst(tenantId, line))
                .collect().asList().replaceWithVoid());
    }

    /** A booking was made with an offered hold: its entry is done. In the transaction of {@code connection}. */
    public Uni<Void> booked(SqlClient connection, String tenantId, UUID reservationId) {
        return connection.preparedQuery("""
                        UPDATE waitlist_entry SET status = 'BOOKED', updated_at = $1
                        WHERE tenant_id = $2 AND reservation_id = $3 AND status = 'OFFERED'""")
                .execute(Tuple.of(OffsetDateTime.now(clock), tenantId, reservationId)).replaceWithVoid();
    }

    private Uni<Void> offerFirst(String tenantId, ClaimedLine line) {
        Uni<WaitlistEntry> first = line.classId() != null
                ? find("tenantId = ?1 and classId = ?2 and status = ?3", Sort.by("createdAt").and("id"), tenantId,
                line.classId(), WaitlistEntry.Status.WAITING).firstResult()
                : find("tenantId = ?1 and resourceId = ?2 and serviceId = ?3 and start = ?4 and status = ?5",
                Sort.by("createdAt").and("id"), tenantId, line.resourceId(), line.serviceId(), line.start(),
                WaitlistEntry.Status.WAITING).firstResult();
        return first.chain(entry -> entry == null ? Uni.createFrom().voidItem() : offer(entry));
    }

    private Uni<Void> offer(WaitlistEntry entry) {
        int ttl = (int) Math.max(30, Math.min(settings.offerWindow().toSeconds(), 86_400));
        LineRequest line = new LineRequest(entry.resourceId, entry.serviceId, entry.start, entry.classId, entry.seats,
                null, null, null, null);
        return reservations.hold(entry.tenantId, new HoldRequest(List.of(line), entry.customerId, ttl))
                .chain(hold -> {
                    entry.status = WaitlistEntry.Status.OFFERED;
                    entry.reservationId = hold.id();
                    entry.offerExpiresAt = hold.expiresAt();
                    entry.updatedAt = OffsetDateTime.now(clock);
                    return outbox.append(entry.tenantId, entry.id, WaitlistOffered.TYPE,
                            new WaitlistOffered(entry.id, entry.customerId, hold.id(), hold.expiresAt()));
                })
                .invoke(() -> offers.increment("offered"))
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    // someone else took the slot first, or it is no longer offered: the entry keeps waiting
                    LOG.infof("waiting list entry %s not offered: %s", entry.id, e.getMessage());
                    offers.increment("taken");
                    return Uni.createFrom().voidItem();
                });
    }
}
