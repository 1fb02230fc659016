package io.horae.kernel.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.EventType;
import io.horae.kernel.tracing.EventTraces;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The idempotent consumer: an event's effect and the record that this consumer saw its id commit together, so a
 * redelivered event (Kafka delivers at least once) is recognised and has no second effect. A consumer names the
 * event types it acts on; any other is skipped from its {@code ce_type} header, before it is even parsed, and no
 * transaction is opened for it. Each effect runs in a consumer span continuing the trace the event was written in.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String CLAIM_ON_CLIENT = """
            INSERT INTO inbox_event (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING""";
    private static final String CLAIM = CLAIM_ON_CLIENT.replace('$', '?');
    /** Transient failures (database restarting, lock timeouts) are retried this long before the record fails. */
    private static final int ATTEMPTS = 30;
    /** The lag histogram's buckets: a few, enough for the alert's p95 over 30 s and a dashboard. */
    private static final Duration[] LAG_BUCKETS = Stream.of(10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000,
            60_000, 300_000).map(Duration::ofMillis).toArray(Duration[]::new);

    private final ObjectMapper mapper;
    private final Pool pool;
    private final MeterRegistry registry;
    private final EventTraces traces;
    /** Each consumer's lag timer, built once (a meter looked up per event costs more than recording into it). */
    private final Map<String, Timer> lags = new ConcurrentHashMap<>();

    public Inbox(ObjectMapper mapper, Pool pool, MeterRegistry registry, EventTraces traces) {
        this.traces = traces;
        this.mapper = mapper;
        this.pool = pool;
        this.registry = registry;
    }

    /** The names of the event types a consumer acts on. */
    public static Set<String> actsOn(EventType<?>... types) {
        return java.util.Arrays.stream(types).map(EventType::name).collect(Collectors.toUnmodifiableSet());
    }

    /** An effect written with the reactive SQL client, in the transaction of {@code connection}. */
    @FunctionalInterface
    public interface SqlEffect {
        Uni<Void> apply(SqlConnection connection, CloudEvent event);
    }

    /**
     * {@link #receive(String, Set, ConsumerRecord, Function)} for an effect on the reactive SQL client, for consumers on
     * a hot path (every booking), where Hibernate's per-statement cost would dominate.
     */
    public Uni<Void> receive(String consumer, Set<String> actsOn, ConsumerRecord<String, String> record,
                             SqlEffect effect) {
        return received(consumer, actsOn, record, event -> Uni.createFrom().item(true),
                event -> pool.withTransaction(connection -> connection.preparedQuery(CLAIM_ON_CLIENT)
                        .execute(Tuple.of(consumer, event.id()))
                        .chain(claimed -> claimed.rowCount() == 0 ? seenBefore(consumer, event)
                                : effect.apply(connection, event))));
    }

    /** {@link #receive(String, Set, ConsumerRecord, Function, Function)} for a consumer that acts on every such event. */
    public Uni<Void> receive(String consumer, Set<String> actsOn, ConsumerRecord<String, String> record,
                             Function<CloudEvent, Uni<Void>> effect) {
        return receive(consumer, actsOn, record, event -> Uni.createFrom().item(true), effect);
    }

    /**
     * Receives one Kafka record: unless its type is not among {@code actsOn}, parses it as a CloudEvent, asks
     * {@code relevant} (outside any transaction: whether there is anything to do for it), and runs {@code effect}
     * in one transaction with the inbox record, unless {@code consumer} saw the event before. A record that is not a
     * CloudEvent can never succeed, so it is logged and skipped rather than blocking its partition; any other failure
     * is retried with backoff and then fails the record, so that nothing is acknowledged without its effect.
     */
    public Uni<Void> receive(String consumer, Set<String> actsOn, ConsumerRecord<String, String> record,
                             Function<CloudEvent, Uni<Boolean>> relevant, Function<CloudEvent, Uni<Void>> effect) {
        return received(consumer, actsOn, record, relevant,
                event -> Panache.withTransaction(() -> firstDelivery(consumer, event.id())
                        .chain(first -> first ? effect.apply(event) : seenBefore(consumer, event))));
    }

    private Uni<Void> received(String consumer, Set<String> actsOn, ConsumerRecord<String, String> record,
                               Function<CloudEvent, Uni<Boolean>> relevant,
                               Function<CloudEvent, Uni<Void>> inTransaction) {
        Header type = record.headers().lastHeader("ce_type");
        if (type != null && !actsOn.contains(new String(type.value(), StandardCharsets.UTF_8))) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event;
        try {
            event = parse(record.value());
        } catch (IllegalArgumentException e) {
            LOG.errorf("%s skips a record that is not a CloudEvent: %s", consumer, e.getMessage());
            return Uni.createFrom().voidItem();
        }
        if (!actsOn.contains(event.type())) {
            return Uni.createFrom().voidItem();
        }
        // The effect runs on a Vert.x context of its own, flagged safe (isolated) as Hibernate Reactive requires, where
        // the consumer span stays current for every database call; a retry after its back-off is subscribed from
        // Mutiny's timer thread, so each attempt goes back to that context.
        Context arrived = Vertx.currentContext();
        Context own = arrived == null ? null : VertxContext.createNewDuplicatedContext(arrived);
        if (own != null) {
            VertxContextSafetyToggle.setContextSafe(own, true);
        }
        Executor onContext = own == null ? Runnable::run : task -> own.runOnContext(ignored -> task.run());
        EventTraces.Consumption trace = traces.consuming(consumer, record.topic(), record.headers(), event.type(),
                event.id().toString(), event.tenantid());
        return Uni.createFrom().deferred(() -> {
                    if (own != null) {
                        trace.enter();
                    }
                    return relevant.apply(event).chain(needed -> needed
                            ? inTransaction.apply(event).invoke(() -> applied(consumer, event))
                            : Uni.createFrom().voidItem());
                })
                .runSubscriptionOn(onContext)
                .onFailure().invoke(e -> LOG.warnf("%s could not apply %s %s: %s", consumer, event.type(), event.id(),
                        e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(5)).atMost(ATTEMPTS)
                .onTermination().invoke((item, failure, cancelled) -> trace.end(failure));
    }

    /** The time from an event's creation to its effect here: how far behind the consumer is acting. */
    private void applied(String consumer, CloudEvent event) {
        if (event.time() != null) {
            lags.computeIfAbsent(consumer, c -> Timer.builder("horae.event.lag")
                            .description("From an event's creation to its effect in a consumer").tag("consumer", c)
                            .serviceLevelObjectives(LAG_BUCKETS).register(registry))
                    .record(Duration.between(event.time(), OffsetDateTime.now()));
        }
    }

    CloudEvent parse(String json) {
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage() + " in " + abbreviate(json), e);
        }
        if (event.id() == null || event.type() == null || event.tenantid() == null) {
            throw new IllegalArgumentException("id, type or tenantid missing in " + abbreviate(json));
        }
        return event;
    }

    private static Uni<Void> seenBefore(String consumer, CloudEvent event) {
        LOG.debugf("%s skips %s %s: seen before", consumer, event.type(), event.id());
        return Uni.createFrom().voidItem();
    }

    private Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static String abbreviate(String json) {
        return json == null || json.length() <= 300 ? json : json.substring(0, 300) + "…";
    }
}
