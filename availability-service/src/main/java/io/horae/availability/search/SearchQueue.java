package io.horae.availability.search;

import io.horae.kernel.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Computes availability answers away from the event loop, sharing a few threads fairly among tenants: each
 * tenant's questions wait in its own line and the lines take turns, so a tenant that asks a thousand questions
 * at once delays its own answers, not another tenant's. A line holds at most {@code waiting-per-tenant}
 * questions (429 beyond); a question that waited longer than {@code longest-wait} is not computed (503). The
 * answer is handed back on the asker's Vert.x context.
 */
@ApplicationScoped
public class SearchQueue {
    private static final class Question {
        private final Runnable work;
        private final long queuedAt = System.nanoTime();
        private volatile boolean abandoned;

        Question(Runnable work) {
            this.work = work;
        }
    }

    private final SearchSettings settings;
    private final int workers;
    private final ExecutorService threads;
    /** Guarded by {@code this}: each tenant's waiting questions and the order tenants take turns in. */
    private final Map<String, ArrayDeque<Question>> lines = new HashMap<>();
    private final ArrayDeque<String> turns = new ArrayDeque<>();
    private int running;

    public SearchQueue(SearchSettings settings) {
        this.settings = settings;
        this.workers = settings.workers().orElse(Runtime.getRuntime().availableProcessors());
        AtomicInteger numbered = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(workers, run -> {
            Thread thread = new Thread(run, "availability-search-" + numbered.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The answer {@code work} computes, once the tenant's turn comes. */
    public <T> Uni<T> answer(String tenantId, Supplier<T> work) {
        Context asker = Vertx.currentContext();
        return Uni.createFrom().<T>emitter(emitter -> {
            Question[] question = new Question[1];
            question[0] = new Question(() -> {
                if (question[0].abandoned) {
                    return;
                }
                if (System.nanoTime() - question[0].queuedAt > settings.longestWait().toNanos()) {
                    hand(asker, () -> emitter.fail(ProblemException.busy("availability is busy; ask again shortly")));
                    return;
                }
                try {
                    T answer = work.get();
                    hand(asker, () -> emitter.complete(answer));
                } catch (RuntimeException e) {
                    hand(asker, () -> emitter.fail(e));
                }
            });
            emitter.onTermination(() -> question[0].abandoned = true);
            if (!enqueue(tenantId, question[0])) {
                emitter.fail(ProblemException.tooMany("too many availability questions of this merchant at once"));
            }
        });
    }

    private synchronized boolean enqueue(String tenantId, Question question) {
        ArrayDeque<Question> line = lines.computeIfAbsent(tenantId, t -> new ArrayDeque<>());
        if (line.size() >= settings.waitingPerTenant()) {
            return false;
        }
        if (line.isEmpty()) {
            turns.addLast(tenantId);
        }
        line.addLast(question);
        startNext();
        return true;
    }

    /** Starts the next tenant's question while a thread is free; the tenant goes to the back of the turns. */
    private synchronized void startNext() {
        while (running < workers && !turns.isEmpty()) {
            String tenantId = turns.pollFirst();
            ArrayDeque<Question> line = lines.get(tenantId);
            Question next = line.pollFirst();
            if (line.isEmpty()) {
                lines.remove(tenantId);
            } else {
                turns.addLast(tenantId);
            }
            running++;
            threads.execute(() -> {
                try {
                    next.work.run();
                } finally {
                    finished();
                }
            });
        }
    }

    private synchronized void finished() {
        running--;
        startNext();
    }

    private static void hand(Context asker, Runnable handing) {
        if (asker == null) {
            handing.run();
        } else {
            asker.runOnContext(v -> handing.run());
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
