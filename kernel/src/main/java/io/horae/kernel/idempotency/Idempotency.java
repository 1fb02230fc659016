package io.horae.kernel.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.kernel.persistence.RunToEnd;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.time.Pause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Safe retries of creating calls (invariant 4). With an {@code Idempotency-Key}, the first call {@link #begin begins}
 * by writing the key down as in progress, in a short statement of its own; its effect's transaction
 * {@link Attempt#complete completes} it with the response, so the effect and its answer commit together. A later call
 * with the same key and body gets that response again, with another body 422. A call arriving while the first is in
 * progress waits for it (holding no connection) and then gets its response; after {@link #WAIT} it gives up with
 * 409. A call that fails without effect {@link Attempt#abandon abandons} the key, so a waiting or later call runs
 * again; a key whose process died in progress is taken over after {@link #TAKEOVER}. No transaction spans the call.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    /** How long a call waits for the first call with its key to finish. */
    static final Duration WAIT = Duration.ofSeconds(30);
    /** After this long in progress, the first call is taken to have died and a retry runs instead. */
    static final Duration TAKEOVER = Duration.ofMinutes(2);

    private static final String BEGIN = """
            INSERT INTO idempotency_key (tenant_id, key, request_hash, started_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (tenant_id, key) DO NOTHING""";
    private static final String READ = """
            SELECT request_hash, response_status, response_body, location, started_at FROM idempotency_key
            WHERE tenant_id = $1 AND key = $2""";
    private static final String TAKE_OVER = """
            UPDATE idempotency_key SET started_at = $4
            WHERE tenant_id = $1 AND key = $2 AND response_status IS NULL AND started_at = $3""";
    private static final String COMPLETE = """
            UPDATE idempotency_key SET response_status = $3, response_body = $4, location = $5
            WHERE tenant_id = $1 AND key = $2""";
    private static final String ABANDON = """
            DELETE FROM idempotency_key WHERE tenant_id = $1 AND key = $2 AND response_status IS NULL""";

    private static final String FORGET = """
            DELETE FROM idempotency_key WHERE tenant_id = ?1 AND strpos(response_body, ?2) > 0""";

    private final ObjectMapper mapper;
    private final Pool pool;

    public Idempotency(ObjectMapper mapper, Pool pool) {
        this.mapper = mapper;
        this.pool = pool;
    }

    /**
     * A call that may run: one without a key (nothing to record), or the first with its key. Its effect's transaction
     * completes it; a call that ends without effect abandons it.
     */
    public final class Attempt {
        private final String tenantId;
        private final String key;

        private Attempt(String tenantId, String key) {
            this.tenantId = tenantId;
            this.key = key;
        }

        /** Records the response in the transaction of {@code connection}, the one that writes the effect. */
        public Uni<Void> complete(SqlClient connection, Response response) {
            if (key == null) {
                return Uni.createFrom().voidItem();
            }
            return stored(response).chain(row -> connection.preparedQuery(COMPLETE).execute(row)).replaceWithVoid();
        }

        /** Records the response in the current Hibernate Reactive transaction, the one that writes the effect. */
        public Uni<Void> completeInSession(Response response) {
            if (key == null) {
                return Uni.createFrom().voidItem();
            }
            return stored(response).chain(row -> Panache.getSession().chain(session -> {
                var update = session.createNativeQuery(COMPLETE.replace('$', '?'));
                for (int i = 0; i < row.size(); i++) {
                    update.setParameter(i + 1, row.getValue(i));
                }
                return update.executeUpdate();
            })).replaceWithVoid();
        }

        /** The call ended without effect: the next call with the key runs. */
        public Uni<Void> abandon() {
            if (key == null) {
                return Uni.createFrom().voidItem();
            }
            return pool.preparedQuery(ABANDON).execute(Tuple.of(tenantId, key)).replaceWithVoid();
        }

        private Uni<Tuple> stored(Response response) {
            try {
                String body = response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
                String location = response.getLocation() == null ? null : response.getLocation().toString();
                return Uni.createFrom().item(Tuple.of(tenantId, key, response.getStatus(), body, location));
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
        }
    }

    /** What {@link #begin} found: a call to run, or the response of the call that ran with the key before. */
    public record Outcome(Attempt attempt, Response replay) {
    }

    /**
     * Forgets every answer of the tenant's keys that mentions {@code text} (a customer's id, when the customer is
     * erased), within the current Hibernate Reactive transaction.
     */
    public static Uni<Void> forgetAnswersMentioning(String tenantId, String text) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET)
                .setParameter(1, tenantId).setParameter(2, text).executeUpdate()).replaceWithVoid();
    }

    /**
     * Begins a call with {@code key} ({@code request} is what makes two calls "the same"): the attempt to run, or
     * the stored response to give again.
     */
    public Uni<Outcome> begin(String tenantId, String key, Object request) {
        if (key == null) {
            return Uni.createFrom().item(new Outcome(new Attempt(tenantId, null), null));
        }
        if (key.isBlank() || key.length() > 200) {
            return Uni.createFrom().failure(ProblemException.badField(HEADER, "must be 1 to 200 characters"));
        }
        return untilDecided(tenantId, key, hash(request), Instant.now().plus(WAIT), 20);
    }

    /**
     * Runs {@code call} once per tenant and key when its effect is written by Hibernate Reactive: the call runs in one
     * transaction with the completion of its key, so it must make no remote call.
     */
    public Uni<Response> once(String tenantId, String key, Object request, Supplier<Uni<Response>> call) {
        return RunToEnd.of(begin(tenantId, key, request).chain(outcome -> outcome.replay() != null
                ? Uni.createFrom().item(outcome.replay())
                : Panache.withTransaction(() -> call.get().call(outcome.attempt()::completeInSession))
                .onFailure().call(outcome.attempt()::abandon)));
    }

    private Uni<Outcome> untilDecided(String tenantId, String key, String hash, Instant giveUp, long pauseMillis) {
        OffsetDateTime now = OffsetDateTime.now();
        return pool.preparedQuery(BEGIN).execute(Tuple.of(tenantId, key, hash, now)).chain(inserted -> {
            if (inserted.rowCount() == 1) {
                return Uni.createFrom().item(new Outcome(new Attempt(tenantId, key), null));
            }
            return pool.preparedQuery(READ).execute(Tuple.of(tenantId, key)).chain(rows -> {
                RowIterator<Row> found = rows.iterator();
                if (!found.hasNext()) {
                    // the first call abandoned its key meanwhile: begin again
                    return untilDecided(tenantId, key, hash, giveUp, pauseMillis);
                }
                Row previous = found.next();
                if (!hash.equals(previous.getString("request_hash"))) {
                    return Uni.createFrom().failure(new ProblemException(422, "Unprocessable Content",
                            "this Idempotency-Key was used with a different request", List.of()));
                }
                if (previous.getInteger("response_status") != null) {
                    return Uni.createFrom().item(new Outcome(null, replay(previous)));
                }
                OffsetDateTime started = previous.getOffsetDateTime("started_at");
                if (started.isBefore(now.minus(TAKEOVER))) {
                    return pool.preparedQuery(TAKE_OVER).execute(Tuple.of(tenantId, key, started, now))
                            .chain(taken -> taken.rowCount() == 1
                                    ? Uni.createFrom().item(new Outcome(new Attempt(tenantId, key), null))
                                    : untilDecided(tenantId, key, hash, giveUp, pauseMillis));
                }
                if (Instant.now().isAfter(giveUp)) {
                    return Uni.createFrom().failure(ProblemException.conflict(
                            "a request with this Idempotency-Key is still being processed"));
                }
                return Pause.of(Duration.ofMillis(pauseMillis)).chain(() ->
                        untilDecided(tenantId, key, hash, giveUp, Math.min(pauseMillis * 2, 250)));
            });
        });
    }

    private static Response replay(Row previous) {
        Response.ResponseBuilder response = Response.status(previous.getInteger("response_status"))
                .header("Idempotent-Replayed", "true");
        String body = previous.getString("response_body");
        if (body != null) {
            response.entity(body).type(MediaType.APPLICATION_JSON);
        }
        String location = previous.getString("location");
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.build();
    }

    /**
     * What makes two calls the same: the kind of request (so a key is scoped to the operation it was used on) and
     * its content.
     */
    private String hash(Object request) {
        try {
            byte[] canonical = mapper.writeValueAsBytes(mapper.createArrayNode()
                    .add(request == null ? "" : request.getClass().getName()).add(mapper.valueToTree(request)));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
