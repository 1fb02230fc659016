package io.horae.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus service run as a child JVM: started, logged with a name prefix, awaited ready, stopped. */
final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private Process process;
    private Instant startedAt;
    private Duration readyAfter;
    private int restarts;

    ServiceProcess(String name, Path jar, int port, Map<String, String> environment) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    void start(String heap, Path logDir, PrintStream console) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -DskipTests package first");
        }
        List<String> command = new ArrayList<>(List.of(KafkaBroker.java(), "-Xms32m", "-Xmx" + heap,
                "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dquarkus.http.port=" + port,
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logDir);
            startedAt = Instant.now();
            readyAfter = null;
            process = builder.start();
            pump(logDir.resolve(name + ".log"), console);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Copies the child's output to its log file and, prefixed with its name, to the merged console log. */
    private void pump(Path logFile, PrintStream console) throws IOException {
        // a restarted service continues its log; a fresh start begins it anew
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                restarts > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        String prefix = String.format("%-13s| ", name);
        Thread pumper = new Thread(() -> {
            try (log; BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    log.write(line);
                    log.write('\n');
                    log.flush();
                    console.println(prefix + line);
                }
            } catch (IOException e) {
                // the child closed its output: it is gone
            }
        }, name + "-log");
        pumper.setDaemon(true);
        pumper.start();
    }

    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready");
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyAfter = Duration.between(startedAt, Instant.now());
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            Ports.sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not ready within " + timeout);
    }

    /** Asks the service to stop (SIGTERM); the caller waits with {@link #awaitExit}. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    void awaitExit(Duration timeout) {
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** How long the last start took until the service answered ready; null while it is starting. */
    Duration readyAfter() {
        return readyAfter;
    }

    /** Starts the service again after it died; the caller awaits it ready. */
    void restart(String heap, Path logDir, PrintStream console) {
        restarts++;
        start(heap, logDir, console);
    }

    int restarts() {
        return restarts;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }
}
