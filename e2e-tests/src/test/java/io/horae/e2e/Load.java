package io.horae.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients booking the given starts in one step, {@code threads} at a time; with {@code cancel} each booking is
 * cancelled right away. A start whose request found a service away (5xx or no answer) is tried again later, as a
 * client would, until the load's time is up. Processes named in {@link #killAfter} are killed with SIGKILL once
 * that many bookings were made.
 */
final class Load {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Platform platform;
    private final ConcurrentLinkedQueue<String> starts;
    private final int threads;
    private final boolean cancel;
    private final List<String> booked = new CopyOnWriteArrayList<>();
    private final List<String> reservations = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final TreeMap<Integer, String[]> kills = new TreeMap<>();
    private final List<String> killed = new CopyOnWriteArrayList<>();
    private final AtomicInteger done = new AtomicInteger();
    private Instant until;

    Load(Platform platform, List<String> starts, int threads, boolean cancel) {
        this.platform = platform;
        this.starts = new ConcurrentLinkedQueue<>(starts);
        this.threads = threads;
        this.cancel = cancel;
    }

    void killAfter(int bookings, String name, String pid) {
        kills.put(bookings, new String[]{name, pid});
    }

    void run() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Instant started = Instant.now();
        until = started.plus(Duration.ofMinutes(3));
        for (int i = 0; i < threads; i++) {
            pool.submit(this::work);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("the load ends").isTrue();
        statuses.computeIfAbsent(-1, k -> new AtomicInteger())
                .set((int) Duration.between(started, Instant.now()).toSeconds());
    }

    private void work() {
        String start;
        while ((start = starts.poll()) != null && Instant.now().isBefore(until)) {
            int status;
            try {
                HttpResponse<String> response = HTTP.send(platform.post("/api/v1/bookings",
                        "{\"lines\":[" + start + "]}").timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                if (status == 201) {
                    var json = io.restassured.path.json.JsonPath.from(response.body());
                    booked.add(json.getString("id"));
                    if (cancel) {
                        cancel(json.getString("id"));
                        reservations.add(json.getString("reservationId"));
                    }
                    killIfDue(booked.size());
                }
            } catch (Exception e) {
                status = 0;
            }
            count(status);
            done.incrementAndGet();
            if (status == 0 || status >= 500) {
                starts.add(start);
                pause();
            }
        }
    }

    /** Cancels, retrying while a service is away: a booking that was made is always cancelled. */
    private void cancel(String id) throws Exception {
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = HTTP.send(platform.post("/api/v1/bookings/" + id + "/cancellation",
                    "{\"reason\":\"attack\"}").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("booking " + id + " could not be cancelled");
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void killIfDue(int booked) {
        var due = kills.headMap(booked, true);
        due.values().forEach(process -> {
            ProcessHandle.of(Long.parseLong(process[1])).ifPresent(ProcessHandle::destroyForcibly);
            killed.add(process[0]);
        });
        due.clear();
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
    }

    List<String> booked() {
        return booked;
    }

    List<String> reservations() {
        return reservations;
    }

    List<String> killed() {
        return killed;
    }

    String summary() {
        Map<Integer, AtomicInteger> answered = new TreeMap<>(statuses);
        AtomicInteger seconds = answered.remove(-1);
        return done.get() + " booking requests in " + seconds + " s, " + threads + " clients, killed " + killed
                + ", answers " + answered + " (0 = no answer; 5xx and no answer are tried again)";
    }
}
