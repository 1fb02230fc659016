package io.horae.kernel.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.kernel.persistence.RunToEnd;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.time.Pause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Safe retries of creating calls (invariant 4). With an {@code Idempotency-Key}, the first call runs and its
 * response is stored in the same transaction as its effect; a later call with the same key and body gets that
 * response again, with another body 422. A call arriving while the first is still running waits for it (without
 * holding a connection) and then gets its response too; only after {@link #WAIT} does it give up with 409. A call that
 * fails stores nothing, so a waiting or later call runs it again.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    /** How long a call waits for the first call with its key to finish. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper mapper;

    public Idempotency(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Runs {@code call} once per tenant and key; {@code request} is what makes two calls "the same". */
    public Uni<Response> once(String tenantId, String key, Object request, Supplier<Uni<Response>> call) {
        if (key == null) {
            return RunToEnd.of(call.get());
        }
        if (key.isBlank() || key.length() > 200) {
            return Uni.createFrom().failure(ProblemException.badField(HEADER, "must be 1 to 200 characters"));
        }
        String hash = hash(request);
        return RunToEnd.of(untilFree(tenantId, key, hash, call, Instant.now().plus(WAIT), 20));
    }

    /** Attempts the call; while another call with the key runs, tries again later. */
    private Uni<Response> untilFree(String tenantId, String key, String hash, Supplier<Uni<Response>> call,
                                    Instant giveUp, long pauseMillis) {
        return attempt(tenantId, key, hash, call).onFailure(InProgress.class).recoverWithUni(e -> {
            if (Instant.now().isAfter(giveUp)) {
                return Uni.createFrom().failure(ProblemException.conflict(
                        "a request with this Idempotency-Key is still being processed"));
            }
            return Pause.of(Duration.ofMillis(pauseMillis))
                    .chain(() -> untilFree(tenantId, key, hash, call, giveUp, Math.min(pauseMillis * 2, 250)));
        });
    }

    private Uni<Response> attempt(String tenantId, String key, String hash, Supplier<Uni<Response>> call) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))", Boolean.class)
                        .setParameter(1, "idempotency:" + tenantId + ":" + key).getSingleResult())
                .chain(locked -> {
                    if (!locked) {
                        return Uni.createFrom().failure(InProgress.INSTANCE);
                    }
                    return stored(tenantId, key).chain(previous -> previous != null
                            ? Uni.createFrom().item(replay(previous, hash))
                            : call.get().call(response -> store(tenantId, key, hash, response)));
                }));
    }

    /** The first call with the key still runs; its transaction ends its lock. */
    private static final class InProgress extends RuntimeException {
        static final InProgress INSTANCE = new InProgress();

        private InProgress() {
            super("in progress", null, false, false);
        }
    }

    private Uni<Object[]> stored(String tenantId, String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT request_hash, response_status, response_body, location FROM idempotency_key
                        WHERE tenant_id = ?1 AND key = ?2""", Object[].class)
                .setParameter(1, tenantId).setParameter(2, key).getSingleResultOrNull());
    }

    private static Response replay(Object[] previous, String hash) {
        if (!hash.equals(previous[0])) {
            throw new ProblemException(422, "Unprocessable Content",
                    "this Idempotency-Key was used with a different request", List.of());
        }
        Response.ResponseBuilder response = Response.status((Integer) previous[1])
                .header("Idempotent-Replayed", "true");
        if (previous[2] != null) {
            response.entity(previous[2]).type(MediaType.APPLICATION_JSON);
        }
        if (previous[3] != null) {
            response.location(URI.create((String) previous[3]));
        }
        return response.build();
    }

    private Uni<Integer> store(String tenantId, String key, String hash, Response response) {
        String body;
        try {
            body = response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO idempotency_key (tenant_id, key, request_hash, response_status, response_body, location)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, tenantId).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, response.getStatus()).setParameter(5, body).setParameter(6, location)
                .executeUpdate());
    }

    private String hash(Object request) {
        try {
            byte[] canonical = mapper.writeValueAsBytes(mapper.valueToTree(request));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
