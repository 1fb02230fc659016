package io.horae.kernel.externalid;

import io.horae.kernel.persistence.Constraints;
import io.horae.kernel.problem.ProblemException;
import io.horae.names.api.ExternalIdView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A merchant's own identifiers of one kind of object (its customers, bookings, resources, services as another system
 * of the merchant knows them): several per object, each value naming one object of the kind per tenant, found by
 * value. Kept by the service that owns the objects, in its {@code external_id} table, whose unique constraint
 * {@code external_id_value} on {@code (tenant_id, kind, value)} is the one check that a value is free. Only the
 * identifiers of objects that still exist are read.
 */
public class ExternalIds {
    /** One identifier: {@code value} names the object {@code objectId}. */

    private final String kind;
    private final String objects;

    /**
     * @param kind    the kind of object, as in paths ({@code customers})
     * @param objects the table of the objects, with {@code id} and {@code tenant_id}
     */
    protected ExternalIds(String kind, String objects) {
        this.kind = kind;
        this.objects = objects;
    }

    /** Gives the tenant's object {@code objectId} the identifier {@code value}; 404 without such object, 409 when taken. */
    public Uni<ExternalIdView> add(String tenantId, UUID objectId, String value) {
        ExternalIdView added = new ExternalIdView(UUID.randomUUID(), kind, objectId, value);
        return Panache.withTransaction(() -> session(s -> s.createNativeQuery("SELECT count(*) FROM " + objects
                        + " WHERE id = ?1 AND tenant_id = ?2", Long.class)
                .setParameter(1, objectId).setParameter(2, tenantId).getSingleResult())
                .invoke(found -> {
                    if (found == 0) {
                        throw ProblemException.badField("objectId", "is not one of this merchant's " + kind);
                    }
                })
                .chain(() -> taken(session(s -> s.createNativeQuery("INSERT INTO external_id (id, tenant_id, kind, "
                                + "object_id, value, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                        .setParameter(1, added.id()).setParameter(2, tenantId).setParameter(3, kind)
                        .setParameter(4, objectId).setParameter(5, value).setParameter(6, OffsetDateTime.now())
                        .executeUpdate()), value)))
                .replaceWith(added);
    }

    /** The identifier {@code value}, or those of the object {@code objectId} (one of them must be given). */
    public Uni<List<ExternalIdView>> find(String tenantId, String value, UUID objectId) {
        if ((value == null) == (objectId == null)) {
            throw ProblemException.badField(value == null ? "value" : "objectId", "give value or objectId, one of them");
        }
        String by = value != null ? "e.value = ?3" : "e.object_id = ?3";
        return Panache.withSession(() -> session(s -> s.createNativeQuery("SELECT e.id, e.object_id, e.value "
                        + "FROM external_id e JOIN " + objects + " o ON o.id = e.object_id AND o.tenant_id"
                        + " = e.tenant_id WHERE e.tenant_id = ?1 AND e.kind = ?2 AND " + by + " ORDER BY e.value",
                Object[].class).setParameter(1, tenantId).setParameter(2, kind)
                .setParameter(3, value != null ? value : objectId).getResultList()))
                .map(rows -> rows.stream().map(this::externalId).toList());
    }

    public Uni<ExternalIdView> get(String tenantId, UUID id) {
        return Panache.withSession(() -> owned(tenantId, id, ""));
    }

    /** Changes the identifier's value; 409 when the new one is taken. */
    public Uni<ExternalIdView> change(String tenantId, UUID id, String value) {
        return Panache.withTransaction(() -> owned(tenantId, id, " FOR UPDATE").call(was -> taken(session(s -> s
                        .createNativeQuery("UPDATE external_id SET value = ?1 WHERE id = ?2")
                        .setParameter(1, value).setParameter(2, id).executeUpdate()), value))
                .map(was -> new ExternalIdView(id, kind, was.objectId(), value)));
    }

    public Uni<Void> remove(String tenantId, UUID id) {
        return Panache.withTransaction(() -> owned(tenantId, id, " FOR UPDATE").call(was -> session(s -> s
                .createNativeQuery("DELETE FROM external_id WHERE id = ?1").setParameter(1, id).executeUpdate())))
                .replaceWithVoid();
    }

    /** The tenant's identifier {@code id} of this kind ({@code lock}: " FOR UPDATE" or ""); 404 when it has none. */
    private Uni<ExternalIdView> owned(String tenantId, UUID id, String lock) {
        return session(s -> s.createNativeQuery("SELECT id, object_id, value FROM external_id"
                        + " WHERE id = ?1 AND tenant_id = ?2 AND kind = ?3" + lock, Object[].class)
                .setParameter(1, id).setParameter(2, tenantId).setParameter(3, kind).getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.notFound("external id", id);
                    }
                    return externalId(rows.get(0));
                });
    }

    private ExternalIdView externalId(Object[] row) {
        return new ExternalIdView((UUID) row[0], kind, (UUID) row[1], (String) row[2]);
    }

    private <T> Uni<T> taken(Uni<T> write, String value) {
        return Constraints.refusedAs(write, "external_id_value", kind + " external id " + value + " is taken");
    }

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(s -> work.apply(s));
    }
}
