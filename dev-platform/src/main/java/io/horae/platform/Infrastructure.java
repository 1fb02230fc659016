package io.horae.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL and Kafka for the platform: each one either embedded under one home directory or an external server,
 * with the service databases and the Horae topics created on it. Embedded servers start in parallel and stop in
 * reverse order; external ones are left alone.
 */
public final class Infrastructure implements AutoCloseable {
    public static final List<String> TOPICS =
            List.of("horae.customers", "horae.customer-profiles", "horae.catalog", "horae.reservations",
                    "horae.bookings");

    /** What to start. An external URL replaces the embedded server of its kind. */
    public record Plan(Path home, int postgresPort, int kafkaPort, String kafkaHeap,
                       Optional<String> externalDbUrl, String dbUser, String dbPassword,
                       Optional<String> externalKafka) {
        public static Plan embedded(Path home, int postgresPort, int kafkaPort, String kafkaHeap) {
            return new Plan(home, postgresPort, kafkaPort, kafkaHeap, Optional.empty(), PostgresServer.USER,
                    PostgresServer.PASSWORD, Optional.empty());
        }
    }

    private final PostgresServer postgres;
    private final CompletableFuture<KafkaBroker> kafkaStarting;
    private final String dbUrl;
    private final String kafkaBootstrap;
    private final Instant begun;
    private final Duration postgresTook;
    private KafkaBroker kafka;
    private String took;

    private Infrastructure(PostgresServer postgres, CompletableFuture<KafkaBroker> kafkaStarting, String dbUrl,
                           String kafkaBootstrap, Instant begun) {
        this.postgres = postgres;
        this.kafkaStarting = kafkaStarting;
        this.dbUrl = dbUrl;
        this.kafkaBootstrap = kafkaBootstrap;
        this.begun = begun;
        this.postgresTook = Duration.between(begun, Instant.now());
    }

    /** Both ready, with the databases and the topics created. */
    public static Infrastructure start(Plan plan, List<String> databases) {
        return startDatabaseFirst(plan, databases).awaitKafka();
    }

    /**
     * Returns once PostgreSQL is ready with {@code databases}, while Kafka may still be starting (its address is
     * known already): services can boot meanwhile, and they wait for the broker themselves. Call
     * {@link #awaitKafka()} before relying on the broker or the topics.
     */
    public static Infrastructure startDatabaseFirst(Plan plan, List<String> databases) {
        Instant begun = Instant.now();
        CompletableFuture<KafkaBroker> kafka = plan.externalKafka().isPresent()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> new KafkaBroker(plan.home().resolve("kafka"), plan.kafkaPort(),
                        plan.kafkaPort() + 1, plan.kafkaHeap()).start());
        PostgresServer postgres = null;
        try {
            if (plan.externalDbUrl().isEmpty()) {
                postgres = PostgresServer.start(plan.home().resolve("postgres"), plan.postgresPort());
            }
            String dbUrl = plan.externalDbUrl().orElse(postgres == null ? null : postgres.baseUrl());
            PostgresServer.Databases.create("jdbc:" + dbUrl + "/postgres", plan.dbUser(), plan.dbPassword(), databases);
            String bootstrap = plan.externalKafka().orElseGet(() -> KafkaBroker.bootstrapServers(plan.kafkaPort()));
            return new Infrastructure(postgres, kafka, dbUrl, bootstrap, begun);
        } catch (RuntimeException e) {
            stopWhenStarted(kafka);
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    /** Waits for the broker and creates the topics; stops PostgreSQL and the broker if that fails. */
    public Infrastructure awaitKafka() {
        if (took != null) {
            return this;
        }
        try {
            kafka = kafkaStarting.join();
            Duration kafkaTook = Duration.between(begun, Instant.now());
            createTopics(kafkaBootstrap, TOPICS, 3);
            took = String.format("PostgreSQL %.1f s, Kafka %.1f s, topics %.1f s", seconds(postgresTook),
                    seconds(kafkaTook), seconds(Duration.between(begun, Instant.now())));
            return this;
        } catch (RuntimeException e) {
            stopWhenStarted(kafkaStarting);
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    private static void stopWhenStarted(CompletableFuture<KafkaBroker> kafka) {
        kafka.thenAccept(broker -> {
            if (broker != null) {
                broker.stop();
            }
        });
    }

    /**
     * How long each part took to be ready, counted from the start of both (what {@code ./horae up} reports); null
     * before {@link #awaitKafka()}.
     */
    public String took() {
        return took;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** {@code postgresql://host:port}, without a database. */
    public String dbUrl() {
        return dbUrl;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    /** The embedded broker, for tests that stop or kill it; absent when Kafka is external. */
    public Optional<KafkaBroker> embeddedKafka() {
        return Optional.ofNullable(kafka);
    }

    public static void createTopics(String bootstrapServers, List<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            List<NewTopic> newTopics = topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            for (var result : admin.createTopics(newTopics).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topics " + topics, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topics " + topics + " in time", e);
        }
    }

    @Override
    public void close() {
        try {
            KafkaBroker broker = kafka != null ? kafka : kafkaStarting.getNow(null);
            if (broker != null) {
                broker.stop();
            } else {
                stopWhenStarted(kafkaStarting);
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
