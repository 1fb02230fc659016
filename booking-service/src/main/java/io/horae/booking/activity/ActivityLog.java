package io.horae.booking.activity;

import io.horae.booking.api.Actor;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bookings' activity log: appended in the transaction of each change, read in order. */
@ApplicationScoped
public class ActivityLog implements PanacheRepository<Activity> {
    /** Who acted: the merchant through the API, the customer, or the platform itself (expiry, erasure). */

    /** Appends within the transaction of {@code connection} (placing a booking, on the reactive SQL client). */
    public Uni<Void> append(SqlClient connection, String tenantId, UUID bookingId, String type, String status,
                            Actor actor, String detail, OffsetDateTime at) {
        return connection.preparedQuery("""
                        INSERT INTO booking_activity (tenant_id, booking_id, type, status, actor, detail, at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.from(new Object[]{tenantId, bookingId, type, status, actor.name(), detail, at}))
                .replaceWithVoid();
    }

    /** Appends within the caller's Hibernate Reactive transaction. */
    public Uni<Void> append(String tenantId, UUID bookingId, String type, String status, Actor actor, String detail,
                            OffsetDateTime at) {
        Activity activity = new Activity();
        activity.tenantId = tenantId;
        activity.bookingId = bookingId;
        activity.type = type;
        activity.status = status;
        activity.actor = actor.name();
        activity.detail = detail;
        activity.at = at;
        return persist(activity).replaceWithVoid();
    }

    /** The tenant's activities after the one at {@code since} with id {@code after} (0: all at it), oldest first. */
    @WithSession
    public Uni<List<Activity>> since(String tenantId, OffsetDateTime since, long after, int limit) {
        return find("tenantId = ?1 and (at > ?2 or (at = ?2 and id > ?3))", Sort.by("at").and("id"),
                tenantId, since, after).page(Page.ofSize(limit)).list();
    }

    @WithSession
    public Uni<List<Activity>> of(String tenantId, UUID bookingId) {
        return list("tenantId = ?1 and bookingId = ?2", Sort.by("id"), tenantId, bookingId);
    }
}
