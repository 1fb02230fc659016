package io.horae.gateway;

import com.sun.net.httpserver.HttpExchange;
import io.horae.platform.Ports;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.StandInServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service behind the gateway, for the gateway's tests: it answers every request with what it received (path,
 * credentials, request id, traceparent), waits before answering paths containing {@code /slow}, and serves an
 * OpenAPI document. The booking upstream points at a port where nothing listens.
 */
public class UpstreamStandIn implements QuarkusTestResourceLifecycleManager {
    static final String BOOTSTRAP_TENANT = "root";
    static final String BOOTSTRAP_KEY = "hk_test_4067b3cac0d3fb15e3c038985ca104bebd15deda307c3271";
    static final AtomicReference<JsonObject> LAST = new AtomicReference<>();

    private final StandInServer server = new StandInServer(8);

    @Override
    public Map<String, String> start() {
        String url = server.on("/", UpstreamStandIn::answer).start();
        return Map.ofEntries(
                Map.entry("smallrye.jwt.sign.key.location",
                        HoraeInfrastructure.tokenKeys().signingKey("gateway").toString()),
                Map.entry("quarkus.http.cors.enabled", "true"),
                Map.entry("quarkus.http.cors.origins", "https://shop.example"),
                Map.entry("horae.gateway.upstreams.customer", url),
                Map.entry("horae.gateway.upstreams.availability", url),
                Map.entry("horae.gateway.upstreams.reservations", url),
                Map.entry("horae.gateway.upstreams.booking", "http://localhost:" + Ports.free()),
                Map.entry("horae.gateway.upstream-timeout", "1s"),
                Map.entry("horae.gateway.bootstrap-tenant", BOOTSTRAP_TENANT),
                Map.entry("horae.gateway.bootstrap-api-key", BOOTSTRAP_KEY),
                Map.entry("horae.gateway.key-cache-ttl", "30s"));
    }

    @Override
    public void stop() {
        server.stop();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        byte[] received = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getRawPath();
        JsonObject answer;
        if (path.equals("/q/openapi")) {
            answer = new JsonObject("""
                    {"openapi":"3.0.3","paths":{"/api/v1/customers":{"get":{"responses":{"200":{"description":"ok",
                    "content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomerView"}}}}}}}},
                    "components":{"schemas":{"CustomerView":{"type":"object"}}}}""");
        } else {
            if (path.contains("/slow")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            answer = new JsonObject()
                    .put("method", exchange.getRequestMethod())
                    .put("path", path)
                    .put("authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                    .put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"))
                    .put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"))
                    .put("bodyLength", received.length);
            LAST.set(answer);
        }
        StandInServer.send(exchange, 200, answer.encode());
    }
}
