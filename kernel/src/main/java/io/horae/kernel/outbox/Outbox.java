package io.horae.kernel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.EventType;
import io.horae.kernel.tracing.EventTraces;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records an event in the caller's transaction, with the trace it was written in; {@link OutboxRelay} publishes it
 * after the commit. An event of a transaction that rolls back is never written, so never published. Within a
 * Hibernate Reactive transaction ({@code @WithTransaction}) call {@link #append(String, Object, EventType, Object)};
 * within a transaction of the reactive SQL client, {@link #append(SqlClient, String, Object, EventType, Object)} on
 * its connection.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = """
            INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at, trace_parent)
            VALUES ($1, $2, $3, $4, $5, cast(cast($6 as text) as jsonb), $7, cast($8 as text))""";
    /** The same statement with Hibernate's positional parameters. */
    private static final String INSERT_IN_SESSION = INSERT.replace('$', '?');
    /** The type of an outbox row the relay sends as a record without value: a tombstone for a compacted topic. */
    public static final String TOMBSTONE = "tombstone";
    private static final String FORGET = "DELETE FROM outbox_event WHERE topic = ?1 AND aggregate_id = ?2";

    private final ObjectMapper mapper;
    private final EventTraces traces;
    private final Clock clock;

    public Outbox(ObjectMapper mapper, EventTraces traces) {
        this.mapper = mapper;
        this.traces = traces;
        this.clock = Clock.systemUTC();
    }

    /** Within the current Hibernate Reactive transaction. */
    public <T> Uni<Void> append(String tenantId, Object aggregateId, EventType<T> type, T payload) {
        return row(tenantId, aggregateId, type, payload).chain(row -> Panache.getSession().chain(session -> {
            var insert = session.createNativeQuery(INSERT_IN_SESSION);
            for (int i = 0; i < row.size(); i++) {
                insert.setParameter(i + 1, row.getValue(i));
            }
            return insert.executeUpdate();
        })).replaceWithVoid();
    }

    /**
     * Within the current Hibernate Reactive transaction: forgets every row of {@code aggregateId} on the compacted
     * {@code topic} still in the outbox, sent or not, and appends a tombstone for it, after which the topic keeps
     * nothing of it once compacted (erasure).
     */
    public Uni<Void> tombstone(String tenantId, Object aggregateId, String topic) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET)
                        .setParameter(1, topic).setParameter(2, aggregateId.toString()).executeUpdate()
                        .chain(() -> session.createNativeQuery(INSERT_IN_SESSION)
                                .setParameter(1, UUID.randomUUID()).setParameter(2, tenantId).setParameter(3, topic)
                                .setParameter(4, TOMBSTONE).setParameter(5, aggregateId.toString())
                                .setParameter(6, "null").setParameter(7, OffsetDateTime.now(clock))
                                .setParameter(8, traces.current())
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** Within the transaction of {@code connection}. */
    public <T> Uni<Void> append(SqlClient connection, String tenantId, Object aggregateId, EventType<T> type,
                                T payload) {
        return row(tenantId, aggregateId, type, payload)
                .chain(row -> connection.preparedQuery(INSERT).execute(row)).replaceWithVoid();
    }

    private <T> Uni<Tuple> row(String tenantId, Object aggregateId, EventType<T> type, T payload) {
        try {
            return Uni.createFrom().item(Tuple.from(new Object[]{UUID.randomUUID(), tenantId, type.topic(), type.name(),
                    aggregateId.toString(), mapper.writeValueAsString(payload), OffsetDateTime.now(clock),
                    traces.current()}));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("unserializable " + type.name(), e));
        }
    }
}
