package io.horae.availability.busy;

import io.horae.catalogue.api.AffectedBooking;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BusyIntervalRepository implements PanacheRepositoryBase<BusyInterval, UUID> {

    public Uni<List<BusyInterval>> overlapping(Collection<UUID> resourceIds, OffsetDateTime from, OffsetDateTime to) {
        return list("resourceId in ?1 and footprintStart < ?3 and footprintEnd > ?2", resourceIds, from, to);
    }

    /** Seats taken per class, for many classes in one query; a class nobody claimed is absent. */
    public Uni<java.util.Map<UUID, Long>> seatsTaken(Collection<UUID> classIds) {
        return find("select b.classId, sum(b.seats) from BusyInterval b where b.classId in ?1 group by b.classId", classIds)
                .project(Object[].class).list()
                .map(rows -> rows.stream().collect(java.util.stream.Collectors.toMap(
                        r -> (UUID) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** What busy time is looked up by: the resource it is on, or the service it was booked for. */
    public enum By {
        RESOURCE("resourceId", "resource_id"), SERVICE("serviceId", "service_id");

        private final String field;
        private final String column;

        By(String field, String column) {
            this.field = field;
            this.column = column;
        }
    }

    /** What uses a resource or service, so that it cannot be deleted: claims on the calendar and classes. */
    public record Uses(long claims, long classes) {
        public boolean any() {
            return claims > 0 || classes > 0;
        }

        @Override
        public String toString() {
            return claims + " reservations and " + classes + " classes";
        }
    }

    /** What keeps the resource or service busy after {@code now}: the bookings a change of it affects. */
    public Uni<List<AffectedBooking>> ahead(String tenantId, By by, UUID id, OffsetDateTime now) {
        return list("tenantId = ?1 and " + by.field + " = ?2 and footprintEnd > ?3 order by footprintStart",
                tenantId, id, now).map(all -> all.stream().map(BusyInterval::affected).toList());
    }

    /** What is booked on the resource within {@code [from, to)}: the bookings new time off there leaves standing. */
    public Uni<List<AffectedBooking>> within(String tenantId, UUID resourceId, OffsetDateTime from, OffsetDateTime to) {
        return list("tenantId = ?1 and resourceId = ?2 and footprintStart < ?4 and footprintEnd > ?3 "
                + "order by footprintStart", tenantId, resourceId, from, to)
                .map(all -> all.stream().map(BusyInterval::affected).toList());
    }

    /**
     * Nothing to say when nothing uses the resource or service ({@code what}, e.g. "service 42"); a 409 naming what
     * uses it otherwise, for a delete that must not lose history: retire it instead.
     */
    public Uni<Void> unused(String tenantId, By by, UUID id, String what) {
        return uses(tenantId, by, id).invoke(uses -> {
            if (uses.any()) {
                throw ProblemException.conflict(what + " is used by " + uses + "; deactivate it instead");
            }
        }).replaceWithVoid();
    }

    /** The claims (past or future, until released) and the classes that use the resource or service. */
    public Uni<Uses> uses(String tenantId, By by, UUID id) {
        String query = "SELECT (SELECT count(*) FROM busy_interval WHERE tenant_id = ?1 AND " + by.column + " = ?2), "
                + "(SELECT count(*) FROM class_occurrence WHERE tenant_id = ?1 AND " + by.column + " = ?2)";
        return Panache.getSession().chain(session -> session.createNativeQuery(query, Object[].class)
                        .setParameter(1, tenantId).setParameter(2, id).getSingleResult())
                .map(row -> new Uses(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    public Uni<Long> seatsTaken(UUID classId) {
        return find("select coalesce(sum(b.seats), 0) from BusyInterval b where b.classId = ?1", classId)
                .project(Long.class).singleResult();
    }
}
