package io.horae.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The single entry: every {@code /api/} request is authenticated, tagged with a request id and its tenant, and
 * streamed to the service that owns its path. Clients cannot set the internal tenant header themselves.
 */
@ApplicationScoped
public class GatewayRouter {
    static final String REQUEST_ID = "X-Request-Id";
    static final String INTERNAL_TENANT = "X-Horae-Tenant";

    private final ApiKeys apiKeys;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public GatewayRouter(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    void install(@Observes Router router, Vertx vertx, GatewaySettings settings) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setConnectTimeout(2000));
        settings.upstreams().forEach((service, url) -> {
            URI uri = URI.create(url);
            proxies.put(service, HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost()));
        });
        router.route("/api/*").order(-100).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID))
                .filter(id -> id.length() <= 128 && !id.isBlank())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.headers().set(REQUEST_ID, requestId);
        context.response().putHeader(REQUEST_ID, requestId);

        Optional<String> tenant = apiKeys.tenantOf(bearer(request));
        if (tenant.isEmpty()) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            ProblemResponse.send(context, 401, "Unauthorized", "a valid API key is required");
            return;
        }
        String claimed = request.getHeader("X-Tenant-Id");
        if (claimed != null && !claimed.equals(tenant.get())) {
            ProblemResponse.send(context, 403, "Forbidden", "the API key does not belong to tenant " + claimed);
            return;
        }
        Optional<HttpProxy> proxy = Routes.find(request.path()).map(route -> proxies.get(route.service()));
        if (proxy.isEmpty()) {
            ProblemResponse.send(context, 404, "Not Found", "no such resource");
            return;
        }
        request.headers().set(INTERNAL_TENANT, tenant.get());
        proxy.get().handle(request);
    }

    private static String bearer(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }
}
