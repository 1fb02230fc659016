package io.horae.gateway;

import io.horae.gateway.access.RateLimiter;
import io.horae.gateway.access.Scopes;
import io.horae.gateway.key.ApiKeys;
import io.horae.gateway.key.Caller;
import io.horae.gateway.key.KeyAdministration;
import io.horae.gateway.route.InternalTokens;
import io.horae.gateway.route.Routes;
import io.horae.gateway.route.Upstreams;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The single entry. Every {@code /api/} request is tagged with a request id, authenticated by its API key (or
 * short-time token), held to its tenant and rate limit, checked against the scope its route needs, and streamed to
 * the owning service with a signed internal token in place of the client's credentials.
 */
@ApplicationScoped
public class GatewayRouter {
    static final String REQUEST_ID = "X-Request-Id";
    private static final String CALLER = "horae.caller";
    private static final Logger ACCESS = Logger.getLogger("horae.access");

    private final ApiKeys apiKeys;
    private final RateLimiter rateLimiter;
    private final InternalTokens internalTokens;
    private final Upstreams upstreams;
    private final KeyAdministration administration;
    private final boolean accessLog;
    private final long maxBodyBytes;

    public GatewayRouter(ApiKeys apiKeys, RateLimiter rateLimiter, InternalTokens internalTokens, Upstreams upstreams,
                         KeyAdministration administration, GatewaySettings settings,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.apiKeys = apiKeys;
        this.rateLimiter = rateLimiter;
        this.internalTokens = internalTokens;
        this.upstreams = upstreams;
        this.administration = administration;
        this.accessLog = settings.accessLog();
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router, Vertx vertx) {
        router.route("/api/*").order(-100).handler(this::authenticate);
        administration.install(router, -99, context -> context.get(CALLER));
        router.route("/api/*").order(-98).handler(this::forward);
        router.route("/links/*").order(-100).handler(this::forwardLink);
        vertx.setPeriodic(30_000, id -> internalTokens.sweep());
    }

    private void authenticate(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.pause();
        long started = System.nanoTime();
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID))
                .filter(id -> id.length() <= 128 && !id.isBlank())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.headers().set(REQUEST_ID, requestId);
        context.response().putHeader(REQUEST_ID, requestId);
        if (accessLog) {
            context.addEndHandler(done -> {
                Caller caller = context.get(CALLER);
                ACCESS.infof("%s %s %d %.1fms tenant=%s id=%s", request.method(), request.path(),
                        context.response().getStatusCode(),
                        (System.nanoTime() - started) / 1e6, caller == null ? "-" : caller.tenant(), requestId);
            });
        }
        if (declaredLength(request) > maxBodyBytes) {
            // a chunked body is counted by the service, which has the same limit
            refuse(context, 413, "Content Too Large", "the body must not exceed " + maxBodyBytes + " bytes");
            return;
        }
        if (!request.path().equals(context.normalizedPath())) {
            refuse(context, 400, "Bad Request", "the path must not contain dot segments or encoded characters");
            return;
        }
        apiKeys.callerOf(request).onComplete(resolved -> {
            if (resolved.failed()) {
                refuse(context, 503, "Service Unavailable", "API keys cannot be checked right now");
                return;
            }
            Optional<Caller> caller = resolved.result().filter(c -> !c.expiredAt(Instant.now()));
            if (caller.isEmpty()) {
                context.response().putHeader("WWW-Authenticate", "Bearer realm=\"horae\"");
                refuse(context, 401, "Unauthorized", "a valid API key is required");
                return;
            }
            String claimed = request.getHeader("X-Tenant-Id");
            if (claimed != null && !claimed.equals(caller.get().tenant())) {
                refuse(context, 403, "Forbidden", "the API key does not belong to tenant " + claimed);
                return;
            }
            long wait = rateLimiter.secondsToWait(caller.get());
            if (wait > 0) {
                context.response().putHeader("Retry-After", Long.toString(wait));
                refuse(context, 429, "Too Many Requests", "the API key's rate limit is spent; retry in " + wait + " s");
                return;
            }
            context.put(CALLER, caller.get());
            context.next();
        });
    }

    private void forward(RoutingContext context) {
        Caller caller = context.get(CALLER);
        HttpServerRequest request = context.request();
        Optional<Routes.Route> route = Routes.find(request.path());
        Optional<HttpProxy> proxy = route.flatMap(r -> upstreams.of(r.service()));
        if (proxy.isEmpty()) {
            refuse(context, 404, "Not Found", "no such resource");
            return;
        }
        String required = Scopes.required(route.get().area(), route.get().readOnly(), request.method().name());
        if (!Scopes.permits(caller.scopes(), required)) {
            refuse(context, 403, "Forbidden", "the API key lacks the scope " + required);
            return;
        }
        request.headers().set("Authorization", "Bearer " + internalTokens.forCaller(caller));
        proxy.get().handle(request);
    }

    /**
     * Signed customer links (cancel, pay) need no API key: booking-service checks their signature. No credentials
     * are passed on, so a link reaches nothing else.
     */
    private void forwardLink(RoutingContext context) {
        HttpServerRequest request = context.request();
        String requestId = UUID.randomUUID().toString();
        request.headers().set(REQUEST_ID, requestId).remove("Authorization");
        context.response().putHeader(REQUEST_ID, requestId);
        if (declaredLength(request) > maxBodyBytes || !request.path().equals(context.normalizedPath())) {
            refuse(context, 400, "Bad Request", "not a link");
            return;
        }
        Optional<HttpProxy> booking = upstreams.of("booking");
        if (booking.isEmpty()) {
            refuse(context, 404, "Not Found", "no such link");
            return;
        }
        booking.get().handle(request);
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.request().resume();
        ProblemResponse.send(context, status, title, detail);
    }
}
