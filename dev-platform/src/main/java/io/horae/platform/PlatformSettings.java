package io.horae.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code ./horae up} runs with, read from the environment so that the same launcher serves a developer
 * (defaults), the end-to-end tests (free ports, a temporary home) and a machine with its own PostgreSQL and Kafka.
 */
record PlatformSettings(
        Path root,
        Path home,
        int gatewayPort,
        int postgresPort,
        int kafkaPort,
        Optional<String> externalDbUrl,
        String dbUser,
        String dbPassword,
        Optional<String> externalKafka,
        String serviceHeap,
        String demoTenant,
        String demoApiKey,
        String ticketSecret,
        int replicas) {

    static PlatformSettings from(Map<String, String> env, Path root) {
        Path home = Path.of(env.getOrDefault("HORAE_HOME", root.resolve(".horae").toString())).toAbsolutePath();
        int gatewayPort = Integer.parseInt(env.getOrDefault("HORAE_PORT", "8080"));
        return new PlatformSettings(
                root,
                home,
                gatewayPort,
                Integer.parseInt(env.getOrDefault("HORAE_PG_PORT", "15432")),
                Integer.parseInt(env.getOrDefault("HORAE_KAFKA_PORT", "19092")),
                Optional.ofNullable(env.get("HORAE_DB_URL")).filter(s -> !s.isBlank()),
                env.getOrDefault("HORAE_DB_USER", PostgresServer.USER),
                env.getOrDefault("HORAE_DB_PASSWORD", PostgresServer.PASSWORD),
                Optional.ofNullable(env.get("KAFKA_BOOTSTRAP_SERVERS")).filter(s -> !s.isBlank()),
                env.getOrDefault("HORAE_SERVICE_HEAP", "256m"),
                env.getOrDefault("HORAE_DEMO_TENANT", "demo"),
                Optional.ofNullable(env.get("HORAE_DEMO_API_KEY")).filter(s -> !s.isBlank())
                        .orElseGet(() -> remembered(home, "demo-api-key", "hk_demo_")),
                Optional.ofNullable(env.get("HORAE_TICKET_SECRET")).filter(s -> !s.isBlank())
                        .orElseGet(() -> remembered(home, "ticket-secret", "")),
                Math.max(1, Integer.parseInt(env.getOrDefault("HORAE_REPLICAS", "1"))));
    }

    /** A random secret, kept in the home directory so it stays the same across restarts. */
    private static String remembered(Path home, String name, String prefix) {
        Path file = home.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String key = prefix + HexFormat.of().formatHex(bytes);
            Files.createDirectories(home);
            Files.writeString(file, key);
            return key;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the " + name + " in " + file, e);
        }
    }

    /** The port of replica {@code replica} (0 first) at {@code offset} from its gateway (0 the gateway itself). */
    int port(int replica, int offset) {
        return gatewayPort + REPLICA_PORTS * replica + offset;
    }

    /** Each replica's gateway and four services take this many ports, the next replica's the ones after. */
    static final int REPLICA_PORTS = 5;
}
