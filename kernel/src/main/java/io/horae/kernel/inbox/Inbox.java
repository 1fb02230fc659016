package io.horae.kernel.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.Function;

/**
 * The idempotent consumer: an event's effect and the record that this consumer saw its id commit together, so a
 * redelivered event (Kafka delivers at least once) is recognised and has no second effect.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String CLAIM = """
            INSERT INTO inbox_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING""";

    private final ObjectMapper mapper;

    public Inbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses a CloudEvent as it arrives from Kafka; an unreadable record is a poison pill and is reported. */
    public CloudEvent parse(String json) {
        try {
            return mapper.readValue(json, CloudEvent.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a CloudEvent: " + abbreviate(json), e);
        }
    }

    /** Runs {@code effect} in one transaction with the inbox record, unless {@code consumer} already saw the event. */
    public Uni<Void> receive(String consumer, CloudEvent event, Function<CloudEvent, Uni<Void>> effect) {
        return Panache.withTransaction(() -> firstDelivery(consumer, event.id())
                .chain(first -> {
                    if (!first) {
                        LOG.debugf("%s skips %s %s: seen before", consumer, event.type(), event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return effect.apply(event);
                }));
    }

    private Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static String abbreviate(String json) {
        return json == null || json.length() <= 200 ? json : json.substring(0, 200) + "…";
    }
}
