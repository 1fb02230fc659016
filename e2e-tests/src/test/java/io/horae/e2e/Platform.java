package io.horae.e2e;

import io.horae.platform.PostgresServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./horae up} as a real process in a home of its own, with free ports: what the e2e and attack tests drive.
 * Stopping it checks that SIGTERM leaves no process behind.
 */
final class Platform {
    private final String key;
    private final Path home;
    private final int postgresPort;
    private final Map<String, String> environment;
    private final Process horae;
    private final List<ProcessHandle> started = new ArrayList<>();
    private final List<String> gateways = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

    private Platform(Path home, String key, Map<String, String> environment) throws Exception {
        Path root = Path.of(System.getProperty("horae.root", "..")).toAbsolutePath().normalize();
        this.home = home;
        this.key = key;
        this.environment = environment;
        this.postgresPort = Integer.parseInt(environment.get("HORAE_PG_PORT"));
        ProcessBuilder builder = new ProcessBuilder(root.resolve("horae").toString(), "up")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("up.log").toFile()));
        builder.environment().putAll(environment);
        horae = builder.start();
        started.add(horae.toHandle());
    }

    /** Starts the platform and waits until it is ready; RestAssured then talks to its gateway. */
    static Platform up(String prefix) throws Exception {
        return up(prefix, Map.of());
    }

    /** With extra environment for the launcher and, through it, every service. */
    static Platform up(String prefix, Map<String, String> environment) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(environment);
        Path home = Files.createTempDirectory(prefix);
        all.put("HORAE_HOME", home.toString());
        int replicas = Integer.parseInt(all.getOrDefault("HORAE_REPLICAS", "1"));
        all.put("HORAE_PORT", Integer.toString(freeBlock(5 * replicas)));
        all.put("HORAE_PG_PORT", Integer.toString(freeBlock(1)));
        all.put("HORAE_KAFKA_PORT", Integer.toString(freeBlock(2)));
        String key = "hk_e2e_" + java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(24));
        all.put("HORAE_DEMO_API_KEY", key);
        return started(new Platform(home, key, Map.copyOf(all)));
    }

    /** Stops the platform (as {@link #stopLeavingNothingBehind} does) and starts it again on its data and ports. */
    Platform restarted() throws Exception {
        stopLeavingNothingBehind();
        Files.deleteIfExists(home.resolve("ready"));
        return started(new Platform(home, key, environment));
    }

    private static Platform started(Platform platform) throws Exception {
        Properties ready = platform.awaitReady(Duration.ofMinutes(5));
        platform.horae.toHandle().descendants().forEach(platform.started::add);
        ProcessHandle.of(Long.parseLong(Files.readAllLines(platform.home.resolve("postgres/postmaster.pid")).get(0)
                .trim())).ifPresent(platform.started::add);
        io.restassured.RestAssured.baseURI = ready.getProperty("url");
        platform.gateways.add(ready.getProperty("url"));
        for (int replica = 2; ready.getProperty("url." + replica) != null; replica++) {
            platform.gateways.add(ready.getProperty("url." + replica));
        }
        return platform;
    }

    /** The demo tenant. */
    String tenant() throws Exception {
        return ready().getProperty("tenant");
    }

    /** The demo tenant's platform key. */
    String key() {
        return key;
    }

    /** A request with the demo tenant's platform key. */
    RequestSpecification api() {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    /**
     * The Prometheus text a process of the first replica exposes at {@code /q/metrics}: {@code offset} 0 is the
     * gateway, 1 customer-, 2 availability-, 3 reservations-, 4 booking-service (the launcher's port layout).
     */
    String metrics(int offset) {
        int port = Integer.parseInt(environment.get("HORAE_PORT")) + offset;
        return given().baseUri("http://localhost:" + port).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The base URL of each gateway replica, the first one first. */
    List<String> gateways() {
        return List.copyOf(gateways);
    }

    /**
     * A request with the demo tenant's key, for clients that need java.net.http (concurrency, timeouts); with several
     * gateway replicas, to each in turn, as a load balancer would send it.
     */
    HttpRequest.Builder post(String path, String body) {
        String gateway = gateways.get(Math.floorMod(turn.getAndIncrement(), gateways.size()));
        return HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The launcher's ready file as it is now (pids, per-service ready times and restarts). */
    Properties ready() throws Exception {
        return awaitReady(Duration.ofMinutes(1));
    }

    private Properties awaitReady(Duration timeout) throws Exception {
        Path file = home.resolve("ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file)) {
                Properties properties = new Properties();
                try (var in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                return properties;
            }
            if (!horae.isAlive()) {
                throw new AssertionError("./horae up exited with " + horae.exitValue() + ":\n" + log());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("./horae up was not ready in " + timeout + ":\n" + log());
    }

    String log() throws IOException {
        return Files.readString(home.resolve("up.log"));
    }

    /** What one process of the first replica ({@code booking}, {@code gateway}, ...) has logged so far. */
    String log(String service) throws IOException {
        return Files.readString(home.resolve("logs").resolve(service + ".log"));
    }

    /** A connection to one of the platform's databases ({@code horae_booking}, ...). */
    Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/" + name,
                PostgresServer.USER, PostgresServer.PASSWORD);
    }

    long count(String database, String query) throws SQLException {
        try (Connection db = database(database); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Stops with SIGTERM and checks that the launcher, the services, Kafka and PostgreSQL are all gone. */
    void stopLeavingNothingBehind() throws Exception {
        horae.destroy();
        boolean exited = horae.waitFor(90, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plusSeconds(30);
        while (started.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        List<ProcessHandle> alive = started.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertThat(exited).as("./horae up exits on SIGTERM").isTrue();
        assertThat(alive).as("processes left behind").isEmpty();
        assertThat(started).as("launcher, services, gateway, Kafka, PostgreSQL").hasSizeGreaterThanOrEqualTo(7);
    }

    /**
     * The first port of {@code size} consecutive free ports, below Linux's ephemeral range (32768 and up), where
     * outgoing connections could take one between this check and the server binding it.
     */
    private static int freeBlock(int size) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 20000 + (int) (Math.random() * 12000);
            boolean free = true;
            for (int port = first; port < first + size && free; port++) {
                try (ServerSocket socket = new ServerSocket(port)) {
                    socket.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no block of " + size + " free ports");
    }
}
