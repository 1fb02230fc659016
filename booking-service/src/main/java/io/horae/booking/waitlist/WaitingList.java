package io.horae.booking.waitlist;

import io.horae.booking.api.NewWaitlistEntry;
import io.horae.booking.api.WaitlistStatus;
import io.horae.booking.reservations.Reservations;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.horae.events.booking.WaitlistOffered;
import io.horae.events.reservation.ClaimedLine;
import io.horae.kernel.metrics.LabelledCounter;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantScopedRepository;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Waiting lists (Reservanto Alternates). A customer waits for a slot, a seat in a class, or a seat in every class of a
 * course still to come. When a slot or a class seat frees, the first customer in line for it whose wish can now be
 * held gets a hold of their own for the offer window and a {@code waitlist.offered} event (for a course: one hold
 * of a seat in each class, all or none; while any is full, the next in line is tried); if they do not book it in time
 * the hold expires, which frees the slot again and offers it to the next in line.
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

    /** The customers in line tried for one freed slot or seat, at most: the rest stay in line for the next. */
    private static final int TRIED_PER_FREED = 5;

    private final Reservations reservations;
    private final CourseClasses courses;
    private final Outbox outbox;
    private final Settings settings;
    private final LabelledCounter offers;
    private final Clock clock = Clock.systemUTC();

    public WaitingList(Reservations reservations, CourseClasses courses, Outbox outbox, Settings settings,
                       MeterRegistry registry) {
        this.reservations = reservations;
        this.courses = courses;
        this.outbox = outbox;
        this.settings = settings;
        this.offers = new LabelledCounter(registry, "horae.waitlist.offers",
                "Freed slots offered to the first in line (offered), or taken by someone else first (taken)", "outcome");
    }

    @WithTransaction
    public Uni<WaitlistEntry> join(String tenantId, NewWaitlistEntry join) {
        if (join.customerId() == null) {
            throw ProblemException.badField("customerId", "is required");
        }
        boolean forCourse = join.courseId() != null;
        boolean forClass = join.classId() != null;
        long slotFields = java.util.stream.Stream.of(join.resourceId(), join.serviceId(), join.start())
                .filter(java.util.Objects::nonNull).count();
        boolean forSlot = slotFields == 3;
        // exactly one wish: a course, a class, or a whole slot (no stray slot fields beside a course or class)
        if ((forCourse ? 1 : 0) + (forClass ? 1 : 0) + (forSlot ? 1 : 0) != 1 || (!forSlot && slotFields > 0)) {
            throw ProblemException.badRequest("give courseId, classId, or resourceId, serviceId and start");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        WaitlistEntry entry = new WaitlistEntry();
        entry.id = UUID.randomUUID();
        entry.tenantId = tenantId;
        entry.customerId = join.customerId();
        entry.courseId = join.courseId();
        entry.classId = join.classId();
        entry.resourceId = forSlot ? join.resourceId() : null;
        entry.serviceId = forSlot ? join.serviceId() : null;
        entry.start = forSlot ? join.start() : null;
        entry.seats = join.seats() == null ? 1 : join.seats();
        entry.status = WaitlistStatus.WAITING;
        entry.createdAt = now;
        entry.updatedAt = now;
        Uni<Void> known = !forCourse ? Uni.createFrom().voidItem() : courses.upcoming(tenantId, entry.courseId, now)
                .invoke(classes -> {
                    if (classes.isEmpty()) {
                        throw ProblemException.notFound("course with classes to come", entry.courseId);
                    }
                }).replaceWithVoid();
        return known.chain(() -> persist(entry));
    }

    /** The tenant's entries in line order, of a status, a customer, a class and a course when given. */
    @WithSession
    public Uni<List<WaitlistEntry>> entries(String tenantId, WaitlistStatus status, UUID customerId,
                                            UUID classId, UUID courseId) {
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
        if (courseId != null) {
            query.append(" and courseId = :course");
            parameters.and("course", courseId);
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
            if (entry.status != WaitlistStatus.WAITING && entry.status != WaitlistStatus.OFFERED) {
                throw ProblemException.conflict("the entry is " + entry.status);
            }
            UUID offered = entry.status == WaitlistStatus.OFFERED ? entry.reservationId : null;
            entry.status = WaitlistStatus.LEFT;
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
                WaitlistStatus.LAPSED, OffsetDateTime.now(clock), tenantId, classId,
                List.of(WaitlistStatus.WAITING, WaitlistStatus.OFFERED));
    }

    /** Claims were freed: offers each freed slot to the first customer waiting for it. In the caller's transaction. */
    public Uni<Void> freed(String tenantId, UUID reservationId, List<ClaimedLine> lines, boolean expired) {
        Uni<Void> lapsed = expired ? update("status = ?1, updatedAt = ?2 where tenantId = ?3 and reservationId = ?4 "
                        + "and status = ?5", WaitlistStatus.LAPSED, OffsetDateTime.now(clock), tenantId,
                reservationId, WaitlistStatus.OFFERED).replaceWithVoid() : Uni.createFrom().voidItem();
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

    /** Offers the freed line to those in line for it, in turn, until one can be held. */
    private Uni<Void> offerFirst(String tenantId, ClaimedLine line) {
        Sort order = Sort.by("createdAt").and("id");
        Uni<List<WaitlistEntry>> inLine = line.classId() != null
                ? courses.courseOf(tenantId, line.classId()).chain(course -> find("tenantId = ?1 and status = ?2 and "
                        + "(classId = ?3 or courseId = ?4)", order, tenantId, WaitlistStatus.WAITING,
                line.classId(), course).page(0, TRIED_PER_FREED).list())
                : find("tenantId = ?1 and resourceId = ?2 and serviceId = ?3 and start = ?4 and status = ?5",
                order, tenantId, line.resourceId(), line.serviceId(), line.start(),
                WaitlistStatus.WAITING).page(0, TRIED_PER_FREED).list();
        return inLine.chain(entries -> inTurn(entries, 0));
    }

    private Uni<Void> inTurn(List<WaitlistEntry> entries, int next) {
        return next == entries.size() ? Uni.createFrom().voidItem()
                : offer(entries.get(next)).chain(offered -> offered ? Uni.createFrom().voidItem()
                : inTurn(entries, next + 1));
    }

    /** The lines the entry waits for: its slot or class, or a seat in each class of its course still to come. */
    private Uni<List<LineRequest>> wanted(WaitlistEntry entry) {
        if (entry.courseId == null) {
            return Uni.createFrom().item(List.of(new LineRequest(entry.resourceId, entry.serviceId, entry.start,
                    entry.classId, entry.seats, null, null, null, null)));
        }
        return courses.upcoming(entry.tenantId, entry.courseId, OffsetDateTime.now(clock)).map(classes -> classes
                .stream().map(c -> new LineRequest(null, null, null, c, entry.seats, null, null, null, null)).toList());
    }

    /** Holds what the entry waits for and offers it; {@code false} when it cannot be held now. */
    private Uni<Boolean> offer(WaitlistEntry entry) {
        int ttl = (int) Math.max(30, Math.min(settings.offerWindow().toSeconds(), 86_400));
        return wanted(entry).chain(lines -> lines.isEmpty()
                        ? Uni.createFrom().failure(ProblemException.conflict("the course has no classes to come"))
                        : reservations.hold(entry.tenantId, new HoldRequest(lines, entry.customerId, ttl)))
                .chain(hold -> {
                    entry.status = WaitlistStatus.OFFERED;
                    entry.reservationId = hold.id();
                    entry.offerExpiresAt = hold.expiresAt();
                    entry.updatedAt = OffsetDateTime.now(clock);
                    return outbox.append(entry.tenantId, entry.id, WaitlistOffered.TYPE,
                            new WaitlistOffered(entry.id, entry.customerId, hold.id(), hold.expiresAt()));
                })
                .invoke(() -> offers.increment("offered"))
                .replaceWith(true)
                .onFailure(ProblemException.class).recoverWithUni(e -> {
                    // someone else took the slot first, it is no longer offered, or a class of the course is still
                    // full: the entry keeps waiting
                    LOG.infof("waiting list entry %s not offered: %s", entry.id, e.getMessage());
                    offers.increment("taken");
                    return Uni.createFrom().item(false);
                });
    }
}
