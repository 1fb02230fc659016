package io.horae.availability.busy;

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

    public Uni<Long> seatsTaken(UUID classId) {
        return find("select coalesce(sum(b.seats), 0) from BusyInterval b where b.classId = ?1", classId)
                .project(Long.class).singleResult();
    }
}
