package io.horae.gateway.key;

import io.horae.access.Caller;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** Tenants and API keys in the gateway's own database, through the reactive PostgreSQL client. */
@ApplicationScoped
public class ApiKeyStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Pool pool;

    public ApiKeyStore(Pool pool) {
        this.pool = pool;
    }

    /** The name the configured first key is stored under. */
    static final String BOOTSTRAP = "bootstrap";

    /** The caller a secret belongs to, unless it is unknown, revoked, expired, or its key was revoked. */
    Future<Optional<Caller>> findByDigest(byte[] digest) {
        return pool.preparedQuery("""
                        select k.id, k.parent_id, k.tenant_id, k.scopes, k.expires_at, t.requests_per_second, t.burst
                        from api_key k
                        join tenant t on t.id = k.tenant_id
                        left join api_key p on p.id = k.parent_id
                        where k.digest = $1 and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
                          and (k.parent_id is null or p.revoked_at is null)""")
                .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(digest)))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(row -> new Caller(
                        row.getUUID("id"), row.getUUID("parent_id"), row.getString("tenant_id"),
                        scopes(row), instant(row, "expires_at"), row.getInteger("requests_per_second"),
                        row.getInteger("burst"))));
    }

    /** A new key (or, with a parent, a short-time token) for the tenant; the answer is the only place its secret shows. */
    Future<IssuedKey> issue(String tenant, String name, Set<String> scopes, UUID parentId, Instant expiresAt) {
        String secret = KeySecrets.generate(parentId == null ? KeySecrets.KEY_PREFIX : KeySecrets.TOKEN_PREFIX);
        return insert(UUID.randomUUID(), tenant, name, secret, scopes, parentId, expiresAt)
                .map(key -> new IssuedKey(key.id(), key.tenant(), key.name(), key.hint(), key.scopes(),
                        key.createdAt(), key.expiresAt(), null, secret));
    }

    /** A new key of the caller's tenant, issued by the caller's key: revoking that key revokes this one too. */
    Future<IssuedKey> issueFor(Caller issuer, String name, Set<String> scopes) {
        String secret = KeySecrets.generate(KeySecrets.KEY_PREFIX);
        return insert(UUID.randomUUID(), issuer.tenant(), name, secret, scopes, null, null)
                .compose(key -> pool.preparedQuery("update api_key set issued_by = $2 where id = $1")
                        .execute(Tuple.of(key.id(), issuer.keyId())).map(done -> key))
                .map(key -> new IssuedKey(key.id(), key.tenant(), key.name(), key.hint(), key.scopes(),
                        key.createdAt(), key.expiresAt(), null, secret));
    }

    Future<List<IssuedKey>> list(String tenant) {
        return pool.preparedQuery("""
                        select id, tenant_id, name, hint, scopes, created_at, expires_at, revoked_at from api_key
                        where tenant_id = $1 and parent_id is null order by created_at, id""")
                .execute(Tuple.of(tenant))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(ApiKeyStore::view).toList());
    }

    /**
     * Revokes a key of the tenant, every key it issued (and theirs), and every token issued for any of them; the ids
     * of the keys revoked, empty if the tenant has no such key. Every gateway hears of each ({@link Revocations}).
     */
    Future<List<UUID>> revoke(String tenant, UUID... ids) {
        return pool.preparedQuery("""
                        with recursive revoked (id) as (
                            select id from api_key where id = any($1) and tenant_id = $2 and parent_id is null
                            union
                            select k.id from api_key k join revoked r on k.issued_by = r.id or k.parent_id = r.id
                            where k.tenant_id = $2)
                        , done as (
                            update api_key k set revoked_at = coalesce(k.revoked_at, now())
                            from revoked where k.id = revoked.id
                            returning k.id)
                        select id, pg_notify($3, id::text) from done""")
                .execute(Tuple.of(ids, tenant, Revocations.CHANNEL))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(r -> r.getUUID("id")).toList());
    }

    /** A new tenant; fails with {@link Conflict} when the id is taken. */
    Future<Void> createTenant(String id, String name, Integer requestsPerSecond, Integer burst) {
        return pool.preparedQuery("insert into tenant (id, name, requests_per_second, burst) values ($1, $2, $3, $4)")
                .execute(Tuple.of(id, name, requestsPerSecond, burst))
                .recover(e -> Future.failedFuture(isViolation(e, UNIQUE_VIOLATION)
                        ? new Conflict("tenant " + id + " exists already") : e))
                .mapEmpty();
    }

    /** Sets (or, with nulls, clears) a tenant's own rate limit; false if there is no such tenant. */
    Future<Boolean> setRateLimit(String id, Integer requestsPerSecond, Integer burst) {
        return pool.preparedQuery("update tenant set requests_per_second = $2, burst = $3 where id = $1")
                .execute(Tuple.of(id, requestsPerSecond, burst))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The tenant's name, as it was created. */
    public Future<Optional<String>> tenantName(String tenant) {
        return pool.preparedQuery("select name from tenant where id = $1").execute(Tuple.of(tenant))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst().map(r -> r.getString("name")));
    }

    /**
     * The configured first tenant and its key, created once; a key already stored is left as it is, and a bootstrap
     * key configured before (another secret) is revoked with everything it issued. The ids of the keys revoked.
     */
    public Future<List<UUID>> ensure(String tenant, String key, Set<String> scopes) {
        return pool.preparedQuery("insert into tenant (id, name) values ($1, $1) on conflict (id) do nothing")
                .execute(Tuple.of(tenant))
                .compose(x -> insert(UUID.randomUUID(), tenant, BOOTSTRAP, key, scopes, null, null)
                        .recover(e -> isViolation(e, UNIQUE_VIOLATION) ? Future.succeededFuture() : Future.failedFuture(e)))
                .compose(x -> pool.preparedQuery("""
                                select id from api_key where tenant_id = $1 and name = $2 and parent_id is null
                                  and issued_by is null and revoked_at is null and digest <> $3""")
                        .execute(Tuple.of(tenant, BOOTSTRAP, io.vertx.core.buffer.Buffer.buffer(KeySecrets.digest(key)))))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(r -> r.getUUID("id")).toArray(UUID[]::new))
                .compose(replaced -> replaced.length == 0 ? Future.succeededFuture(List.of()) : revoke(tenant, replaced));
    }

    private Future<IssuedKey> insert(UUID id, String tenant, String name, String secret, Set<String> scopes,
                                     UUID parentId, Instant expiresAt) {
        return pool.preparedQuery("""
                        insert into api_key (id, tenant_id, name, digest, hint, scopes, parent_id, expires_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8)
                        returning id, tenant_id, name, hint, scopes, created_at, expires_at, revoked_at""")
                .execute(Tuple.from(List.of(id, tenant, name,
                                io.vertx.core.buffer.Buffer.buffer(KeySecrets.digest(secret)), KeySecrets.hint(secret),
                                scopes.toArray(String[]::new)))
                        .addValue(parentId)
                        .addValue(expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC)))
                .recover(e -> Future.failedFuture(isViolation(e, FOREIGN_KEY_VIOLATION)
                        ? new Conflict("there is no tenant " + tenant) : e))
                .map(rows -> view(rows.iterator().next()));
    }

    private static IssuedKey view(Row row) {
        return new IssuedKey(row.getUUID("id"), row.getString("tenant_id"), row.getString("name"),
                row.getString("hint"), scopes(row), instant(row, "created_at"), instant(row, "expires_at"),
                instant(row, "revoked_at"), null);
    }

    private static Set<String> scopes(Row row) {
        return new LinkedHashSet<>(Arrays.asList(row.getArrayOfStrings("scopes")));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static boolean isViolation(Throwable e, String sqlState) {
        return e instanceof PgException pg && sqlState.equals(pg.getSqlState());
    }

    /** The request conflicts with what is stored. */
    static final class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message, null, false, false);
        }
    }
}
