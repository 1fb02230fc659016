package io.horae.kernel.catalogue;

import io.horae.kernel.persistence.Constraints;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A tenant's catalogue of the names its objects carry (product categories, customer and resource tags, service
 * segments): one entry for every name an object gives (made the first time), defined ahead, renamed (on the objects
 * too) and deleted while no object carries it. Its table has {@code id, tenant_id, name, created_at} and a unique
 * constraint {@code <table>_name} on {@code (tenant_id, name)}, the one check that a name is new.
 */
public class NameCatalogue {
    /** One name of the catalogue. */
    public record Entry(UUID id, String name) {
    }

    /**
     * Where the objects carry an entry of the catalogue: a column of {@code table} (named, as every table here, by
     * the singular noun of its rows), holding the entry's name ({@link #column}), names ({@link #array}), the entry's
     * id ({@link #id}) or ids as the keys of a JSON object ({@link #keys}). Renaming an entry renames it where it is
     * carried by name; where it is carried by id, nothing changes.
     */
    public record Usage(String table, String column, Carried carried) {
        enum Carried { NAME, NAMES, ID, ID_KEYS }

        public static Usage column(String table, String column) {
            return new Usage(table, column, Carried.NAME);
        }

        public static Usage array(String table, String column) {
            return new Usage(table, column, Carried.NAMES);
        }

        public static Usage id(String table, String column) {
            return new Usage(table, column, Carried.ID);
        }

        public static Usage keys(String table, String column) {
            return new Usage(table, column, Carried.ID_KEYS);
        }

        private String carrying() {
            return "FROM " + table + " WHERE tenant_id = ?1 AND " + switch (carried) {
                case NAME -> column + " = ?2";
                case NAMES -> "?2 = ANY(" + column + ")";
                case ID -> "CAST(" + column + " AS text) = ?2";
                case ID_KEYS -> "jsonb_exists(" + column + ", ?2)";
            };
        }

        private boolean byName() {
            return carried == Carried.NAME || carried == Carried.NAMES;
        }

        private String renaming() {
            return "UPDATE " + table + " SET " + column + " = "
                    + (carried == Carried.NAMES ? "array_replace(" + column + ", ?2, ?3)" : "?3")
                    + " WHERE tenant_id = ?1 AND " + (carried == Carried.NAMES ? "?2 = ANY(" + column + ")" : column + " = ?2");
        }

        /** What an object carries of {@code entry}. */
        private String carried(Entry entry) {
            return byName() ? entry.name() : entry.id().toString();
        }
    }

    private final String table;
    private final String noun;
    private final Usage usage;

    /** @param noun what one name is called in answers ("customer tag") */
    protected NameCatalogue(String table, String noun, Usage usage) {
        this.table = table;
        this.noun = noun;
        this.usage = usage;
    }

    /** Every one of {@code names} in the catalogue, made now where missing; in the caller's transaction. */
    public Uni<Void> ensure(String tenantId, Collection<String> names) {
        return Multi.createFrom().iterable(names).onItem().transformToUniAndConcatenate(name -> session(s -> s
                        .createNativeQuery("INSERT INTO " + table + " (id, tenant_id, name, created_at) VALUES (?1, ?2, ?3, ?4)"
                                + " ON CONFLICT ON CONSTRAINT " + table + "_name DO NOTHING")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, tenantId).setParameter(3, name)
                        .setParameter(4, OffsetDateTime.now()).executeUpdate()))
                .collect().last().replaceWithVoid();
    }

    public Uni<Entry> define(String tenantId, String name) {
        UUID id = UUID.randomUUID();
        return Panache.withTransaction(() -> named(session(s -> s.createNativeQuery(
                        "INSERT INTO " + table + " (id, tenant_id, name, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, tenantId).setParameter(3, name)
                .setParameter(4, OffsetDateTime.now()).executeUpdate()), name))
                .replaceWith(new Entry(id, name));
    }

    /** Renames the entry, and so every object that carries it. */
    public Uni<Entry> rename(String tenantId, UUID id, String name) {
        return Panache.withTransaction(() -> owned(tenantId, id, true).call(was -> named(session(s -> s
                        .createNativeQuery("UPDATE " + table + " SET name = ?1 WHERE id = ?2")
                        .setParameter(1, name).setParameter(2, id).executeUpdate()), name))
                .call(was -> !usage.byName() ? Uni.createFrom().voidItem() : session(s -> s
                        .createNativeQuery(usage.renaming()).setParameter(1, tenantId).setParameter(2, was.name())
                        .setParameter(3, name).executeUpdate())))
                .replaceWith(new Entry(id, name));
    }

    /** Deletes an entry no object carries; 409 naming how many do. */
    public Uni<Void> delete(String tenantId, UUID id) {
        return Panache.withTransaction(() -> owned(tenantId, id, true)
                .call(entry -> session(s -> s.createNativeQuery("SELECT count(*) " + usage.carrying(), Long.class)
                        .setParameter(1, tenantId).setParameter(2, usage.carried(entry)).getSingleResult()).invoke(used -> {
                    if (used > 0) {
                        throw ProblemException.conflict(used + " " + usage.table() + (used == 1 ? "" : "s")
                                + " carry " + noun + " " + entry.name());
                    }
                }))
                .call(entry -> session(s -> s.createNativeQuery("DELETE FROM " + table + " WHERE id = ?1")
                        .setParameter(1, id).executeUpdate()))
                .replaceWithVoid());
    }

    public Uni<List<Entry>> list(String tenantId) {
        return Panache.withSession(() -> session(s -> s.createNativeQuery(
                        "SELECT id, name FROM " + table + " WHERE tenant_id = ?1 ORDER BY name, id", Object[].class)
                .setParameter(1, tenantId).getResultList()))
                .map(rows -> rows.stream().map(row -> new Entry((UUID) row[0], (String) row[1])).toList());
    }

    /** Refuses (400 on {@code field}) ids of which any is not an entry of the tenant's; in the caller's session. */
    public Uni<Void> requireAll(String tenantId, Collection<UUID> ids, String field) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session(s -> s.createNativeQuery("SELECT count(*) FROM " + table + " WHERE tenant_id = ?1 AND id IN (?2)",
                Long.class).setParameter(1, tenantId).setParameter(2, List.copyOf(ids)).getSingleResult())
                .invoke(found -> {
                    if (found != ids.size()) {
                        throw ProblemException.badField(field, "names a " + noun + " this merchant does not have");
                    }
                }).replaceWithVoid();
    }

    public Uni<Entry> find(String tenantId, UUID id) {
        return Panache.withSession(() -> owned(tenantId, id, false));
    }

    /** The tenant's entry {@code id} (locked when {@code forUpdate}); 404 when it has none. */
    private Uni<Entry> owned(String tenantId, UUID id, boolean forUpdate) {
        return session(s -> s.createNativeQuery("SELECT name FROM " + table + " WHERE id = ?1 AND tenant_id = ?2"
                        + (forUpdate ? " FOR UPDATE" : ""), String.class)
                .setParameter(1, id).setParameter(2, tenantId).getResultList())
                .map(names -> {
                    if (names.isEmpty()) {
                        throw ProblemException.notFound(noun, id);
                    }
                    return new Entry(id, names.get(0));
                });
    }

    /** A write of the name {@code name}: 409 when the tenant has it already. */
    private <T> Uni<T> named(Uni<T> write, String name) {
        return Constraints.refusedAs(write, table + "_name", noun + " " + name + " exists");
    }

    private static <T> Uni<T> session(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.getSession().chain(s -> work.apply(s));
    }
}
