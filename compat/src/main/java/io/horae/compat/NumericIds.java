package io.horae.compat;

import io.horae.compat.nativeapi.Refusal;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The integer ids of the vendor APIs that use them (Reservanto, Recras): one number per object and kind within a
 * tenant, given the first time a compatibility route shows the object and never changed. Each tenant counts its own
 * (1, 2, 3, … per kind, a number lost now and then to a race), so numbers say nothing of other tenants' volume. Numbers are immutable, so
 * both directions are remembered in memory once read.
 */
@ApplicationScoped
public class NumericIds {
    private static final int REMEMBERED = 200_000;

    private final Pool pool;
    private final Map<String, Long> numbers = new ConcurrentHashMap<>();
    private final Map<String, UUID> ids = new ConcurrentHashMap<>();

    public NumericIds(Pool pool) {
        this.pool = pool;
    }

    /** The number of one object, given now if it has none. */
    public Future<Long> number(String tenant, String kind, UUID id) {
        return numbers(tenant, kind, Set.of(id)).map(found -> found.get(id));
    }

    /** The numbers of several objects of one kind, given now where missing. */
    public Future<Map<UUID, Long>> numbers(String tenant, String kind, Collection<UUID> objects) {
        Map<UUID, Long> known = new HashMap<>();
        Set<UUID> missing = new LinkedHashSet<>();
        for (UUID id : objects) {
            if (id == null) {
                continue;
            }
            Long number = numbers.get(key(tenant, kind, id.toString()));
            if (number != null) {
                known.put(id, number);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return Future.succeededFuture(known);
        }
        UUID[] wanted = missing.toArray(UUID[]::new);
        return pool.preparedQuery("""
                        with fresh as (
                            select w.id from unnest($3::uuid[]) as w (id)
                            where not exists (select 1 from numeric_id n where n.tenant_id = $1 and n.kind = $2
                                                                         and n.id = w.id)),
                        counted as (
                            insert into numeric_id_counter (tenant_id, kind, last)
                            values ($1, $2, (select count(*) from fresh))
                            on conflict (tenant_id, kind) do update set last = numeric_id_counter.last + excluded.last
                            returning last),
                        given as (
                            insert into numeric_id (tenant_id, kind, id, number)
                            select $1, $2, id, (select last from counted) - count(*) over () + row_number() over ()
                            from fresh
                            on conflict (tenant_id, kind, id) do nothing returning id, number)
                        select id, number from given
                        union all
                        select id, number from numeric_id where tenant_id = $1 and kind = $2 and id = any($3)""")
                .execute(Tuple.of(tenant, kind, wanted))
                .compose(rows -> {
                    for (Row row : rows) {
                        remember(tenant, kind, row.getUUID("id"), row.getLong("number"));
                        known.put(row.getUUID("id"), row.getLong("number"));
                    }
                    // a number given at this moment by a concurrent statement is not yet visible: ask once more
                    return known.keySet().containsAll(missing) ? Future.succeededFuture(known)
                            : numbers(tenant, kind, missing).map(late -> {
                                known.putAll(late);
                                return known;
                            });
                });
    }

    /** The object a number names, or a 404 {@link Refusal} in {@code field}'s words when the tenant has none. */
    public Future<UUID> id(String tenant, String kind, long number, String field) {
        UUID id = ids.get(key(tenant, kind, Long.toString(number)));
        if (id != null) {
            return Future.succeededFuture(id);
        }
        return pool.preparedQuery("select id from numeric_id where number = $1 and tenant_id = $2 and kind = $3")
                .execute(Tuple.of(number, tenant, kind))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new Refusal(404, field, "no " + kind + " " + number);
                    }
                    UUID found = rows.iterator().next().getUUID("id");
                    remember(tenant, kind, found, number);
                    return found;
                });
    }

    private void remember(String tenant, String kind, UUID id, long number) {
        if (numbers.size() > REMEMBERED) {
            numbers.clear();
            ids.clear();
        }
        numbers.put(key(tenant, kind, id.toString()), number);
        ids.put(key(tenant, kind, Long.toString(number)), id);
    }

    private static String key(String tenant, String kind, String value) {
        return tenant + '/' + kind + '/' + value;
    }
}
