package io.horae.booking.booking;

import io.horae.kernel.tenant.TenantScopedRepository;
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
    public record Filter(UUID customerId, BookingStatus status, OffsetDateTime from, OffsetDateTime to) {
    }

    public record Found(List<Booking> items, long total) {
    }

    /** The booking locked for update, or null if the tenant has none with this id. */
    Uni<Booking> locked(String tenantId, UUID id) {
        return lockOwned(tenantId, id, b -> b.tenantId);
    }

    Uni<Booking> lockedByReservation(String tenantId, UUID reservationId) {
        return find("tenantId = ?1 and reservationId = ?2", tenantId, reservationId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    Uni<List<Booking>> openFutureOf(String tenantId, UUID customerId, OffsetDateTime now) {
        return find("tenantId = ?1 and customerId = ?2 and startsAt > ?3 and status in ?4", Sort.by("startsAt"),
                tenantId, customerId, now, List.of(BookingStatus.PENDING_CONFIRMATION, BookingStatus.PENDING_PAYMENT,
                        BookingStatus.CONFIRMED))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
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
        var query = find(where.toString(), Sort.by("startsAt").and("id"), params.toArray());
        return query.range(offset, offset + limit - 1).list()
                .chain(items -> query.count().map(total -> new Found(items, total)));
    }

    /** The next human reference of the tenant: B000001, B000002, … */
    Uni<String> nextReference(String tenantId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO booking_reference (tenant_id, last) VALUES (?1, 1)
                        ON CONFLICT (tenant_id) DO UPDATE SET last = booking_reference.last + 1
                        RETURNING last""", Long.class)
                .setParameter(1, tenantId).getSingleResult())
                .map(n -> String.format("B%06d", n));
    }
}
