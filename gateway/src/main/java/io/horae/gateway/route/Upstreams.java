package io.horae.gateway.route;

import io.horae.access.Headers;
import io.horae.gateway.Admission;
import io.horae.gateway.GatewaySettings;
import io.horae.gateway.ProblemResponse;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The services behind the gateway, and the forward to them: the request's head and body streamed to the service over
 * a pooled keep-alive connection, the answer streamed back, nothing else done (headers of one hop stay on it). An
 * upstream that cannot be reached answers 503, one that stays silent longer than the configured timeout 504, both as
 * problem details; nothing of the upstream's failure leaks.
 */
@ApplicationScoped
public class Upstreams {
    private static final Logger LOG = Logger.getLogger(Upstreams.class);
    /** Headers about one connection, not the message (RFC 9110 section 7.6.1), and the origin's own Host. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final HttpClient client;
    private final Origins origins;
    private final long timeoutMillis;

    public Upstreams(Vertx vertx, GatewaySettings settings, Origins origins) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setConnectTimeout(2000));
        this.timeoutMillis = settings.upstreamTimeout().toMillis();
        this.origins = origins;
    }

    public boolean knows(String service) {
        return origins.knows(service);
    }

    /** Forwards the (paused) request of {@code context} to {@code service} and its answer back. */
    public void forward(String service, RoutingContext context) {
        HttpServerRequest in = context.request();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setURI(in.uri())
                .setIdleTimeout(timeoutMillis)
                .setHeaders(endToEnd(in.headers()).set(Headers.CLIENT_ADDRESS, Admission.clientAddress(in)));
        origins.connect(client, service, options)
                .compose(out -> out.send(in))
                .onSuccess(answer -> relay(answer, in.response()))
                .onFailure(failure -> fail(context, service, failure));
    }

    private static void relay(HttpClientResponse answer, HttpServerResponse response) {
        response.setStatusCode(answer.statusCode());
        response.headers().addAll(endToEnd(answer.headers()));
        if (!answer.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static MultiMap endToEnd(MultiMap headers) {
        MultiMap kept = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                kept.add(header.getKey(), header.getValue());
            }
        });
        return kept;
    }

    private static void fail(RoutingContext context, String service, Throwable failure) {
        boolean timedOut = failure instanceof TimeoutException;
        LOG.warnf("%s upstream %s: %s", service, timedOut ? "timed out" : "unreachable", failure.getMessage());
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        context.request().resume();
        if (timedOut) {
            ProblemResponse.send(context, 504, "Gateway Timeout", "the " + service + " service did not answer in time");
        } else {
            ProblemResponse.send(context, 503, "Service Unavailable",
                    "the " + service + " service cannot be reached right now");
        }
    }
}
