package io.horae.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** PostgreSQL and Kafka started side by side under one home directory, stopped in reverse order. */
public final class Infrastructure implements AutoCloseable {
    public static final List<String> TOPICS =
            List.of("horae.customers", "horae.catalog", "horae.reservations", "horae.bookings");

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts both servers in parallel, creates {@code databases} and the Horae topics. */
    public static Infrastructure start(Path home, int postgresPort, int kafkaPort, int controllerPort,
                                       String kafkaHeap, List<String> databases) {
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(
                () -> new KafkaBroker(home.resolve("kafka"), kafkaPort, controllerPort, kafkaHeap).start());
        PostgresServer postgres;
        try {
            postgres = PostgresServer.start(home.resolve("postgres"), postgresPort);
        } catch (RuntimeException e) {
            kafka.thenAccept(KafkaBroker::stop);
            throw e;
        }
        try {
            postgres.createDatabases(databases);
            KafkaBroker broker = kafka.join();
            broker.createTopics(TOPICS, 3);
            return new Infrastructure(postgres, broker);
        } catch (RuntimeException e) {
            postgres.close();
            kafka.thenAccept(KafkaBroker::stop);
            throw e;
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            postgres.close();
        }
    }
}
