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

    public Uni<Long> seatsTaken(UUID classId) {
        return find("select coalesce(sum(b.seats), 0) from BusyInterval b where b.classId = ?1", classId)
                .project(Long.class).singleResult();
    }
}
