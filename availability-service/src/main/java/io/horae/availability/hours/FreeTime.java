package io.horae.availability.hours;

import io.horae.catalogue.api.AffectedBooking;
import io.horae.catalogue.api.FreeTimeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Time off of a resource (Reservanto FreeTime): nothing can be booked on it then. */
@Entity
@Table(name = "free_time")
public class FreeTime {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public String reason;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    /** The time off as clients read it; {@code affected}, what is booked during it, only for one read alone. */
    public FreeTimeView view(List<AffectedBooking> affected) {
        return new FreeTimeView(id, resourceId, startsAt, endsAt, reason, affected);
    }
}
