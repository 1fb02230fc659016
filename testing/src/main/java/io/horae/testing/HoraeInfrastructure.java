package io.horae.testing;

import io.horae.platform.Infrastructure;
import io.horae.platform.InternalTokenKeys;
import io.horae.platform.KafkaBroker;
import io.horae.platform.Ports;
import io.horae.platform.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 and a real Kafka 4.0 broker, started once per test JVM on free ports and stopped when it
 * exits. Register it on one test class with {@code @QuarkusTestResource(HoraeInfrastructure.class)}.
 */
public class HoraeInfrastructure implements QuarkusTestResourceLifecycleManager {
    public static final String DATABASE = "horae";

    private static Infrastructure infrastructure;
    private static Path home;

    @Override
    public Map<String, String> start() {
        Infrastructure infra = infrastructure();
        String url = infra.dbUrl() + "/" + DATABASE;
        return Map.of(
                "mp.jwt.verify.publickey.location", tokenKeys().trusted().toString(),
                "quarkus.datasource.reactive.url", url,
                "quarkus.datasource.jdbc.url", "jdbc:" + url,
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // The servers outlive one application start; the JVM's shutdown hook stops them.
    }

    /** The shared servers, started on first use. */
    public static synchronized Infrastructure infrastructure() {
        if (infrastructure == null) {
            try {
                home = Files.createTempDirectory("horae-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            infrastructure = startOnFreePorts();
            Runtime.getRuntime().addShutdownHook(new Thread(HoraeInfrastructure::shutdown, "horae-test-infra"));
        }
        return infrastructure;
    }

    /**
     * Free ports are only free when asked: another process's outgoing connection may take one before the server
     * binds it (Kafka then exits at once). A start that fails is tried again on other ports, twice.
     */
    private static Infrastructure startOnFreePorts() {
        for (int attempt = 1; ; attempt++) {
            try {
                return Infrastructure.start(Infrastructure.Plan.embedded(home.resolve("attempt-" + attempt),
                        Ports.free(), freePortPair(), "512m"), List.of(DATABASE));
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The internal token's key pair of this test JVM: services verify with it, {@link InternalTokens} signs. */
    public static synchronized InternalTokenKeys tokenKeys() {
        infrastructure();
        return InternalTokenKeys.in(home.resolve("keys"));
    }

    /** The broker, to stop, kill and restart it in a test. */
    public static KafkaBroker kafka() {
        return infrastructure().embeddedKafka().orElseThrow();
    }

    /** Reads and writes topics of the shared broker. */
    public static KafkaTopic topic(String name) {
        return new KafkaTopic(kafka().bootstrapServers(), name);
    }

    /** A plain JDBC connection to the service's database, for checks that look at rows directly. */
    public static Connection database() {
        try {
            return DriverManager.getConnection("jdbc:" + infrastructure().dbUrl() + "/" + DATABASE,
                    PostgresServer.USER, PostgresServer.PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kafka listens on a port and its controller on the next one. */
    private static int freePortPair() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = Ports.free();
            if (port < 65535 && !Ports.isOpen(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no two consecutive free ports");
    }

    private static synchronized void shutdown() {
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
