package io.horae.kernel.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.horae.events.CloudEvent;
import io.horae.kernel.tracing.EventTraces;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.horae.kernel.metrics.LabelledCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them published, on one background thread.
 * A batch is published, acknowledged by every in-sync replica ({@code acks=all}, idempotent producer) and only then
 * marked, in one transaction (each record in a producer span continuing the trace its event was written in, see
 * {@link EventTraces}); if Kafka or PostgreSQL fails, the batch rolls back and is retried with backoff, so a
 * row is published at least once and consumers' inboxes make the effect exactly once.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "horae_outbox";
    private static final String SELECT_BATCH = """
            SELECT seq, id, tenant_id, topic, type, aggregate_id, payload::text, occurred_at, trace_parent
            FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final OutboxSettings settings;
    private final EventTraces traces;
    private final Map<String, Object> kafka;
    private final String source;
    private final String clientId;
    /** How often the backlog gauges are measured again (a count over the unpublished rows). */
    private static final Duration MEASURE_EVERY = Duration.ofSeconds(5);
    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();
    private final LabelledCounter published;
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private volatile long measuredAt;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private Connection listener;

    public OutboxRelay(AgroalDataSource dataSource, ObjectMapper mapper, OutboxSettings settings, EventTraces traces,
                       @Identifier("default-kafka-broker") Map<String, Object> kafka,
                       @ConfigProperty(name = "quarkus.application.name") String applicationName,
                       MeterRegistry registry) {
        this.registry = registry;
        this.published = new LabelledCounter(registry, "horae.events.published", "Events the outbox published", "type");
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.settings = settings;
        this.traces = traces;
        this.kafka = kafka;
        this.source = "/horae/" + applicationName;
        this.clientId = applicationName + "-outbox";
    }

    void start(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            return;
        }
        // the broker and how to reach it (bootstrap servers, SASL when configured) as every channel reaches it
        Map<String, Object> config = new HashMap<>(kafka);
        config.putAll(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, clientId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.sendTimeout().toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.sendTimeout().toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(500, settings.sendTimeout().toMillis() / 2),
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000));
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        running = true;
        thread = new Thread(this::run, "horae-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(settings.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(5));
        }
        closeListener();
    }

    /**
     * The outbox's health for the operator: rows waiting to be published and the age of the oldest (both measured
     * at most every {@link #MEASURE_EVERY} by the relay), and the events published by type.
     */
    private void registerMeters() {
        Gauge.builder("horae.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows committed and not yet published to Kafka").register(registry);
        Gauge.builder("horae.outbox.oldest.age", oldestAgeMillis, a -> a.get() / 1000.0).baseUnit("seconds")
                .description("How long the oldest unpublished outbox row has waited").register(registry);
    }

    /** Measures the backlog again when it is due, also while publishing fails (when it matters most). */
    private void measureBacklog() {
        long now = System.nanoTime();
        if (now - measuredAt < MEASURE_EVERY.toNanos() && measuredAt != 0) {
            return;
        }
        measuredAt = now;
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet found = query.executeQuery("""
                SELECT count(*), coalesce(extract(epoch FROM now() - min(occurred_at)) * 1000, 0)
                FROM outbox_event WHERE published_at IS NULL""")) {
            found.next();
            backlog.set(found.getLong(1));
            oldestAgeMillis.set(found.getLong(2));
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not measured: %s", e.getMessage());
        }
    }

    private void run() {
        registerMeters();
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            measureBacklog();
            try {
                int published = publishBatch();
                backoff = Duration.ofMillis(100);
                if (published < settings.batchSize() && awaitCommit()) {
                    // a commit woke the relay: the commits of the next moments travel in the same batch
                    sleep(settings.linger());
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                LOG.warnf("outbox relay: %s; retrying in %d ms", rootMessage(e), backoff.toMillis());
                closeListener();
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                        ? settings.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes one batch; returns how many rows it published. */
    int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishBatch(Connection connection) throws Exception {
        // One relay per database at a time keeps the commit order on the wire when several replicas run.
        try (Statement lock = connection.createStatement();
             ResultSet locked = lock.executeQuery("SELECT pg_try_advisory_xact_lock(hashtext('horae.outbox'))")) {
            if (!locked.next() || !locked.getBoolean(1)) {
                return 0;
            }
        }
        List<Long> sequence = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        try {
            try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
                select.setInt(1, settings.batchSize());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sequence.add(rows.getLong(1));
                        types.add(rows.getString(5));
                        ProducerRecord<String, String> record = record(rows);
                        spans.add(traces.publishing(record.topic(), rows.getString(5), rows.getString(2),
                                rows.getString(3), rows.getString(9), record.headers()));
                        acks.add(producer.send(record));
                    }
                }
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(settings.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            spans.forEach(span -> EventTraces.end(span, e));
            throw e;
        }
        spans.forEach(span -> EventTraces.end(span, null));
        if (sequence.isEmpty()) {
            return 0;
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE seq = ANY (?)")) {
            mark.setArray(1, connection.createArrayOf("bigint", sequence.toArray()));
            mark.executeUpdate();
        }
        types.forEach(published::increment);
        return sequence.size();
    }

    private ProducerRecord<String, String> record(ResultSet row) throws SQLException, IOException {
        String type = row.getString(5);
        String aggregateId = row.getString(6);
        if (Outbox.TOMBSTONE.equals(type)) {
            return new ProducerRecord<>(row.getString(4), aggregateId, null);
        }
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, row.getObject(2, UUID.class), source, type,
                aggregateId, row.getObject(8, OffsetDateTime.class), row.getString(3), "application/json",
                mapper.readTree(row.getString(7)));
        ProducerRecord<String, String> record =
                new ProducerRecord<>(row.getString(4), aggregateId, mapper.writeValueAsString(event));
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Sleeps until a transaction that wrote events commits (true), or the poll interval passes (false). */
    private boolean awaitCommit() throws SQLException {
        if (listener == null) {
            listener = dataSource.getConnection();
            listener.setAutoCommit(true);
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
        }
        PGNotification[] woken = listener.unwrap(PGConnection.class)
                .getNotifications((int) settings.pollInterval().toMillis());
        return woken != null && woken.length > 0;
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException e) {
                // already broken
            }
            listener = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
