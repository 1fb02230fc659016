package io.horae.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The in-process HTTP server a test stand-in plays another service's contract on: localhost, a free port, a pool of
 * its own threads (so a stand-in told to hang holds only its own), JSON answers.
 */
public final class StandInServer {
    private final HttpServer server;
    private final ExecutorService threads;

    /** A server answering {@code threads} requests at once, its paths still to be given with {@link #on}. */
    public StandInServer(int threads) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 500);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.threads = Executors.newFixedThreadPool(threads);
        server.setExecutor(this.threads);
    }

    /** Requests to paths under {@code path} go to {@code handler}. */
    public StandInServer on(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** Starts answering; the base URL, {@code http://localhost:port}. */
    public String start() {
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Answers {@code json} with {@code status}; a refusal or failure as {@code application/problem+json}. */
    public static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json"
                : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
