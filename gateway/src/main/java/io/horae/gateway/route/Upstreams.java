package io.horae.gateway.route;

import io.horae.gateway.GatewaySettings;
import io.horae.gateway.ProblemResponse;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * One streaming reverse proxy per service. An upstream that cannot be reached answers 503, one that stays silent
 * longer than the configured timeout 504, both as problem details; nothing of the upstream's failure leaks.
 */
@ApplicationScoped
public class Upstreams {
    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public Upstreams(Vertx vertx, GatewaySettings settings) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setConnectTimeout(2000));
        long timeout = settings.upstreamTimeout().toMillis();
        settings.upstreams().forEach((service, url) -> {
            URI uri = URI.create(url);
            SocketAddress origin = SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, http) -> http.request(new RequestOptions()
                            .setServer(origin)
                            .setIdleTimeout(timeout)))
                    .addInterceptor(new FailureAnswer(service));
            proxies.put(service, proxy);
        });
    }

    public Optional<HttpProxy> of(String service) {
        return Optional.ofNullable(proxies.get(service));
    }

    private record FailureAnswer(String service) implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                boolean timedOut = failure instanceof TimeoutException;
                int status = timedOut ? 504 : 503;
                LOG.warnf("%s upstream %s: %s", service, timedOut ? "timed out" : "unreachable", failure.getMessage());
                String detail = timedOut ? "the " + service + " service did not answer in time"
                        : "the " + service + " service cannot be reached right now";
                ProxyResponse response = context.request().response()
                        .setStatusCode(status)
                        .setStatusMessage(timedOut ? "Gateway Timeout" : "Service Unavailable")
                        .setBody(Body.body(Buffer.buffer(ProblemResponse.body(status,
                                timedOut ? "Gateway Timeout" : "Service Unavailable", detail,
                                context.request().getURI()).encode())));
                response.headers().set("Content-Type", ProblemResponse.MEDIA_TYPE);
                return Future.succeededFuture(response);
            });
        }
    }
}
