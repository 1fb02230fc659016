package io.horae.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka 4.0 broker in KRaft mode (combined broker and controller), run as a child JVM so that tests can
 * kill and restart it and so its Scala jars never meet a service's classpath. Its data lives in {@code dataDir}.
 * Secured (a SASL port given), it also listens for SCRAM-SHA-512 clients there and authorizes every request by ACLs
 * as docker compose runs Kafka ({@code deploy/kafka}); its plain port then stays the administrator's, on loopback.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /**
     * SCRAM users on the SASL listener, every request authorized by ACLs; the plain listeners are on loopback and
     * their (anonymous) clients are the administrator: the broker itself and whoever creates users and ACLs.
     */
    private static final String SECURED = String.join("\n",
            "sasl.enabled.mechanisms=SCRAM-SHA-512",
            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "super.users=User:ANONYMOUS",
            "allow.everyone.if.no.acl.found=false");

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private final Integer saslPort;
    private final Path serverJaas;
    private Process process;

    public KafkaBroker(Path dataDir, int port, int controllerPort, String heap) {
        this(dataDir, port, controllerPort, heap, null, null);
    }

    /** Secured: SCRAM clients on {@code saslPort}, the broker's login module from {@code serverJaas}. */
    KafkaBroker(Path dataDir, int port, int controllerPort, String heap, Integer saslPort, Path serverJaas) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
        this.saslPort = saslPort;
        this.serverJaas = serverJaas;
    }

    public String bootstrapServers() {
        return bootstrapServers(port);
    }

    /** The address of an embedded broker on {@code port}, known before it starts. */
    static String bootstrapServers(int port) {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the log directory on first use, then starts the broker and waits until it answers. */
    public synchronized KafkaBroker start() {
        try {
            Files.createDirectories(dataDir);
            ProcessCleanup.killRecorded(pidFile());
            Path config = writeConfig();
            if (!Files.exists(logDir().resolve("meta.properties"))) {
                format(config);
            }
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-Xms64m", "-XX:+UseSerialGC",
                    "-Dlog4j2.level=WARN"));
            if (serverJaas != null) {
                command.add("-Djava.security.auth.login.config=" + serverJaas);
            }
            command.addAll(List.of("-cp", classpath(), KafkaMain.class.getName(), config.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("kafka.log").toFile()));
            process = builder.start();
            Files.writeString(pidFile(), Long.toString(process.pid()));
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start in " + dataDir, e);
        }
    }

    /** Stops the broker gracefully (SIGTERM) and waits for it. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            await(process, Duration.ofSeconds(30));
        }
        Ports.awaitClosed(port, Duration.ofSeconds(10));
    }

    /** Kills the broker without warning (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            await(process, Duration.ofSeconds(10));
        }
        Ports.awaitClosed(port, Duration.ofSeconds(10));
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("kafka.log"));
            }
            if (Ports.isOpen(port) && clusterAnswers()) {
                return;
            }
            Ports.sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("Kafka did not become ready in " + START_TIMEOUT + "; see "
                + dataDir.resolve("kafka.log"));
    }

    private boolean clusterAnswers() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format(Path config) throws IOException {
        Process formatter = new ProcessBuilder(java(), "-Xmx128m", "-cp", classpath(),
                "kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", clusterId(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("kafka.log").toFile()))
                .start();
        if (!await(formatter, Duration.ofSeconds(60)) || formatter.exitValue() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + dataDir.resolve("kafka.log"));
        }
    }

    /**
     * Kafka cluster ids are 16 random bytes in URL-safe base64 without padding. One that begins with '-' would be
     * read by the storage tool as an option (1 in 64 starts failed that way), so such ids are drawn again.
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (id.charAt(0) != '-') {
                return id;
            }
        }
    }

    private Path writeConfig() throws IOException {
        String sasl = saslPort == null ? "" : ",SASL://localhost:" + saslPort;
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort + sasl,
                "advertised.listeners=PLAINTEXT://localhost:" + port + sasl,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL:SASL_PLAINTEXT",
                "log.dirs=" + logDir(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // a restarted node waits for its previous registration's session to expire before it serves (9 s by
                // default): 3 s of silence is plenty for a broker whose controller runs in the same process
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=500",
                "auto.create.topics.enable=true",
                "log.flush.interval.messages=1",
                saslPort == null ? "" : SECURED,
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    private Path logDir() {
        return dataDir.resolve("log");
    }

    private Path pidFile() {
        return dataDir.resolve("kafka.pid");
    }

    private static boolean await(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This module's own classes plus the broker jars recorded at build time. */
    static String classpath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka.classpath is missing: build dev-platform with ./mvnw");
            }
            String recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            String own = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            List<String> entries = new ArrayList<>();
            entries.add(own);
            entries.add(recorded);
            return String.join(File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
