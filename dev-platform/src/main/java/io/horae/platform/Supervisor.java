package io.horae.platform;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts again whatever died while the platform runs: a service or the embedded Kafka broker that crashed (or was
 * killed, as the attack tests do) is restarted with the same ports, data and settings, as Kubernetes would.
 */
final class Supervisor implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final List<ServiceProcess> processes;
    private final Optional<KafkaBroker> kafka;
    private final Runnable restarted;
    private final String heap;
    private final Path logs;
    private final PrintStream console;
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "horae-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    Supervisor(List<ServiceProcess> processes, Optional<KafkaBroker> kafka, String heap, Path logs,
               PrintStream console, Runnable restarted) {
        this.processes = processes;
        this.kafka = kafka;
        this.heap = heap;
        this.logs = logs;
        this.console = console;
        this.restarted = restarted;
    }

    Supervisor watch() {
        watch.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    private void tick() {
        try {
            kafka.filter(broker -> !stopping && !broker.isRunning()).ifPresent(broker -> {
                console.println("horae: Kafka died; starting it again");
                broker.start();
                console.println("horae: Kafka is back");
                restarted.run();
            });
            for (ServiceProcess process : processes) {
                if (!stopping && !process.isAlive()) {
                    console.println("horae: " + process.name() + " died; starting it again");
                    process.restart(heap, logs, console);
                    process.awaitReady(READY_TIMEOUT);
                    console.printf("horae: %s is back (ready in %.1f s)%n", process.name(),
                            process.readyAfter().toMillis() / 1000.0);
                    restarted.run();
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                console.println("horae: restart failed, trying again: " + e.getMessage());
            }
        }
    }

    /** Stops watching; called before the platform stops its processes on purpose. */
    @Override
    public void close() {
        stopping = true;
        watch.shutdownNow();
        try {
            watch.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
