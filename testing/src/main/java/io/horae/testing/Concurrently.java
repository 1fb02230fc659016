package io.horae.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Fires many HTTP requests at once, released together, to attack an invariant; returns every status code. */
public final class Concurrently {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Concurrently() {
    }

    public static List<Integer> post(int times, URI uri, String tenant, String jsonBody) {
        return send(times, HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", InternalTokens.bearer(tenant)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build())
                .stream().map(HttpResponse::statusCode).toList();
    }

    /** Sends {@code request} {@code times} at once (released together) and returns every response with its body. */
    public static List<HttpResponse<String>> send(int times, HttpRequest request) {
        return send(times, () -> request);
    }

    /** Sends {@code times} requests made by {@code requests} at once (released together); every response. */
    public static List<HttpResponse<String>> send(int times, Supplier<HttpRequest> requests) {
        List<HttpRequest> made = IntStream.range(0, times).mapToObj(i -> requests.get()).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(times);
        try {
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, times)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            return HTTP.send(made.get(i), HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, threads))
                    .toList();
            start.countDown();
            return responses.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }
}
