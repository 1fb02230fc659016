package io.horae.booking.waitlist;

import io.horae.events.catalog.ClassScheduled;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Which classes make up each course (a class series): the projection the waiting list for a course needs, followed
 * from the catalogue's class events. Each write joins the caller's transaction (the inbox's).
 */
@ApplicationScoped
public class CourseClasses {
    /** A class was scheduled or changed: it belongs to its series' course, or to none when it is on its own. */
    public Uni<Void> scheduled(String tenantId, ClassScheduled scheduled) {
        if (scheduled.seriesId() == null) {
            return cancelled(scheduled.classId());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO course_class (class_id, tenant_id, course_id, start_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (class_id) DO UPDATE SET course_id = excluded.course_id,
                            start_at = excluded.start_at""")
                .setParameter(1, scheduled.classId()).setParameter(2, tenantId).setParameter(3, scheduled.seriesId())
                .setParameter(4, scheduled.start()).executeUpdate()).replaceWithVoid();
    }

    /** A class was cancelled: no course counts it any more. */
    public Uni<Void> cancelled(UUID classId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "DELETE FROM course_class WHERE class_id = ?1").setParameter(1, classId).executeUpdate())
                .replaceWithVoid();
    }

    /** The course the class belongs to, or {@code null}. */
    Uni<UUID> courseOf(String tenantId, UUID classId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT course_id FROM course_class WHERE tenant_id = ?1 AND class_id = ?2", UUID.class)
                .setParameter(1, tenantId).setParameter(2, classId).getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The course's classes that have not started at {@code now}, earliest first. */
    Uni<List<UUID>> upcoming(String tenantId, UUID courseId, OffsetDateTime now) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT class_id FROM course_class WHERE tenant_id = ?1 AND course_id = ?2 AND start_at > ?3
                        ORDER BY start_at, class_id""", UUID.class)
                .setParameter(1, tenantId).setParameter(2, courseId).setParameter(3, now).getResultList());
    }
}
