package io.horae.booking.lifecycle;

import io.horae.booking.api.BookingStatus;

import io.horae.kernel.tenant.TenantScopedRepository;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BookingRepository implements TenantScopedRepository<Booking, UUID> {
    private static final String INSERT = """
            INSERT INTO booking (id, tenant_id, reference, kind, status, customer_id, reservation_id, starts_at, ends_at,
                                 lines, note, payment_status, paid, price, currency, expires_at, status_reason,
                                 created_at, updated_at, price_level_id, custom_values, version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                    0)""";
    private static final BookingLine.AsJson LINES = new BookingLine.AsJson();

    public record Filter(UUID customerId, BookingStatus status, OffsetDateTime from, OffsetDateTime to,
                         String reference) {
    }

    public record Found(List<Booking> items, long total) {
    }

    /** The booking locked for update, or null if the tenant has none with this id. */
    Uni<Booking> locked(String tenantId, UUID id) {
        return lockOwned(tenantId, id);
    }

    public Uni<Booking> lockedByReservation(String tenantId, UUID reservationId) {
        return find("tenantId = ?1 and reservationId = ?2", tenantId, reservationId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    Uni<List<Booking>> openFutureOf(String tenantId, UUID customerId, OffsetDateTime now) {
        return find("tenantId = ?1 and customerId = ?2 and startsAt > ?3 and status in ?4", Sort.by("startsAt"),
                tenantId, customerId, now, List.of(BookingStatus.PENDING_CONFIRMATION, BookingStatus.PENDING_PAYMENT,
                        BookingStatus.CONFIRMED))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The tenant's bookings still open with a seat in class {@code classId}, locked for update. */
    Uni<List<Booking>> openOfClass(String tenantId, UUID classId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM booking WHERE tenant_id = ?1
                          AND status IN ('PENDING_CONFIRMATION', 'PENDING_PAYMENT', 'CONFIRMED')
                          AND lines::jsonb @> jsonb_build_array(jsonb_build_object('classId', CAST(?2 AS text)))
                        ORDER BY starts_at, id FOR UPDATE""", Booking.class)
                .setParameter(1, tenantId).setParameter(2, classId.toString()).getResultList());
    }

    /**
     * The tenant's bookings with a line on {@code resource}, or of {@code customer}, starting in {@code [from, to)}
     * (at most {@code limit}, by start): what a calendar feed shows.
     */
    public Uni<List<Booking>> forCalendar(String tenantId, UUID resource, UUID customer, OffsetDateTime from,
                                          OffsetDateTime to, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM booking WHERE tenant_id = ?1 AND starts_at >= ?2 AND starts_at < ?3
                          AND (CAST(?4 AS uuid) IS NULL OR customer_id = CAST(?4 AS uuid))
                          AND (CAST(?5 AS text) IS NULL
                               OR lines::jsonb @> jsonb_build_array(jsonb_build_object('resourceId', CAST(?5 AS text))))
                        ORDER BY starts_at, id LIMIT ?6""", Booking.class)
                .setParameter(1, tenantId).setParameter(2, from).setParameter(3, to)
                .setParameter(4, customer == null ? null : customer.toString())
                .setParameter(5, resource == null ? null : resource.toString()).setParameter(6, limit)
                .getResultList());
    }

    Uni<Found> search(String tenantId, Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder("tenantId = ?1");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (filter.customerId() != null) {
            params.add(filter.customerId());
            where.append(" and customerId = ?").append(params.size());
        }
        if (filter.status() != null) {
            params.add(filter.status());
            where.append(" and status = ?").append(params.size());
        }
        if (filter.from() != null) {
            params.add(filter.from());
            where.append(" and endsAt > ?").append(params.size());
        }
        if (filter.to() != null) {
            params.add(filter.to());
            where.append(" and startsAt < ?").append(params.size());
        }
        if (filter.reference() != null) {
            params.add(filter.reference());
            where.append(" and reference = ?").append(params.size());
        }
        var query = find(where.toString(), Sort.by("startsAt").and("id"), params.toArray());
        return query.range(offset, offset + limit - 1).list()
                .chain(items -> query.count().map(total -> new Found(items, total)));
    }

    /**
     * Writes a new booking in the transaction of {@code connection}: placing one is the hot path, where Hibernate's
     * per-statement cost was most of the service's CPU.
     */
    public Uni<Void> insert(SqlClient connection, Booking b) {
        return connection.preparedQuery(INSERT).execute(Tuple.from(new Object[]{b.id, b.tenantId, b.reference,
                b.kind.name(), b.status.name(), b.customerId, b.reservationId, b.startsAt, b.endsAt,
                LINES.convertToDatabaseColumn(b.lines), b.note, b.paymentStatus.name(), b.paid, b.price, b.currency,
                b.expiresAt, b.statusReason, b.createdAt, b.updatedAt, b.priceLevelId, b.customValuesJson()}))
                .replaceWithVoid();
    }
}
