package io.horae.gateway.page;

import io.horae.gateway.key.KeySecrets;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Customers signed in on their tenant's booking page: a session is opened for the customer a one-time login token
 * named, lasts {@link #LIFE}, and ends sooner when the customer signs out. Sessions live in the gateway's database,
 * so every gateway replica knows them.
 */
@ApplicationScoped
public class CustomerSessions {
    static final Duration LIFE = Duration.ofHours(2);

    /** An opened session: its secret (shown once, to the customer's browser) and when it ends. */
    public record Opened(String secret, OffsetDateTime expiresAt) {
    }

    private final Pool pool;

    public CustomerSessions(Pool pool) {
        this.pool = pool;
    }

    public Future<Opened> open(String tenant, UUID customer) {
        String secret = KeySecrets.generate(KeySecrets.SESSION_PREFIX);
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(LIFE);
        return pool.preparedQuery("""
                        insert into customer_session (digest, tenant_id, customer_id, expires_at)
                        values ($1, $2, $3, $4)""")
                .execute(Tuple.of(Buffer.buffer(KeySecrets.digest(secret)), tenant, customer, expires))
                .map(done -> new Opened(secret, expires));
    }

    /** The customer whose live session of {@code tenant} the secret is, if it is one. */
    public Future<Optional<UUID>> customer(String tenant, String secret) {
        if (secret == null || !secret.startsWith(KeySecrets.SESSION_PREFIX) || secret.length() > 100) {
            return Future.succeededFuture(Optional.empty());
        }
        return pool.preparedQuery("""
                        select customer_id from customer_session
                        where digest = $1 and tenant_id = $2 and expires_at > now()""")
                .execute(Tuple.of(Buffer.buffer(KeySecrets.digest(secret)), tenant))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).findFirst()
                        .map(row -> row.getUUID("customer_id")));
    }

    /** Ends the session (signing out); ended sessions are deleted with the expired ones. */
    public Future<Void> close(String secret) {
        return pool.preparedQuery("delete from customer_session where digest = $1 or expires_at < now()")
                .execute(Tuple.of(Buffer.buffer(KeySecrets.digest(secret == null ? "" : secret)))).mapEmpty();
    }
}
