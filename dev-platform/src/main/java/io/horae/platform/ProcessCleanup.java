package io.horae.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Stops processes a previous run left behind (a launcher killed with -9), so a restart finds its ports free. */
final class ProcessCleanup {
    private ProcessCleanup() {
    }

    static void killStalePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            stop(ProcessHandle.of(Long.parseLong(firstLine)));
        } catch (NumberFormatException e) {
            // a torn pid file: PostgreSQL itself will refuse or recover
        }
    }

    static void killRecorded(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            stop(ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())));
        } catch (NumberFormatException e) {
            // nothing sensible recorded
        }
        Files.deleteIfExists(pidFile);
    }

    private static void stop(Optional<ProcessHandle> process) {
        process.filter(ProcessHandle::isAlive).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
        Ports.sleep(Duration.ofMillis(200));
    }
}
