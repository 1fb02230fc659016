package io.horae.kernel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.EventType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} publishes it after the commit. Call it inside
 * {@code @WithTransaction}: an event of a transaction that rolls back is never written, so never published.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = """
            INSERT INTO outbox_event (id, tenant_id, topic, type, aggregate_id, payload, occurred_at)
            VALUES (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as jsonb), ?7)""";

    private final ObjectMapper mapper;
    private final Clock clock;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
        this.clock = Clock.systemUTC();
    }

    public <T> Uni<Void> append(String tenantId, Object aggregateId, EventType<T> type, T payload) {
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("unserializable " + type.name(), e));
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, UUID.randomUUID())
                        .setParameter(2, tenantId)
                        .setParameter(3, type.topic())
                        .setParameter(4, type.name())
                        .setParameter(5, aggregateId.toString())
                        .setParameter(6, json)
                        .setParameter(7, OffsetDateTime.now(clock))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
