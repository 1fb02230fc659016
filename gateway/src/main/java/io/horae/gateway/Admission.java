package io.horae.gateway;

import io.horae.gateway.access.AccessLog;
import io.horae.gateway.access.RateLimiter;
import io.horae.gateway.key.ApiKeys;
import io.horae.compat.host.Dialect;
import io.horae.compat.host.Gate;
import io.horae.access.Headers;
import io.horae.access.Caller;
import io.horae.telemetry.SpanNames;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who may come in: every request to an API route is tagged with a request id, authenticated by its API key (or
 * short-time token), held to its tenant and its rate limit. The caller is then on the routing context for the
 * route's own handler; a refusal answers in the dialect of the route.
 */
@ApplicationScoped
public class Admission implements Gate {
    /** The address {@code request} came from ("-" if unknown). */
    public static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
    }
    private static final String CALLER = "horae.caller";

    private final ApiKeys apiKeys;
    private final RateLimiter rateLimiter;
    private final AccessLog requests;
    private final boolean accessLog;
    private final long maxBodyBytes;

    public Admission(ApiKeys apiKeys, RateLimiter rateLimiter, AccessLog requests, GatewaySettings settings,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.apiKeys = apiKeys;
        this.rateLimiter = rateLimiter;
        this.requests = requests;
        this.accessLog = settings.accessLog();
        this.maxBodyBytes = maxBody.asLongValue();
    }

    /** The caller admitted for this request; set by {@link #of(Dialect)}'s handler. */
    public static Caller caller(RoutingContext context) {
        return context.get(CALLER);
    }

    @Override
    public Handler<RoutingContext> of(Dialect dialect) {
        return context -> admit(context, dialect);
    }

    @Override
    public Caller callerOf(RoutingContext context) {
        return caller(context);
    }

    @Override
    public String clientAddress(RoutingContext context) {
        return clientAddress(context.request());
    }

    private void admit(RoutingContext context, Dialect dialect) {
        HttpServerRequest request = context.request();
        request.pause();
        long started = System.nanoTime();
        String requestId = Optional.ofNullable(request.getHeader(Headers.REQUEST_ID))
                .filter(id -> id.length() <= 128 && !id.isBlank())
                .orElseGet(Admission::newRequestId);
        request.headers().set(Headers.REQUEST_ID, requestId);
        context.response().putHeader(Headers.REQUEST_ID, requestId);
        Span span = Span.current();
        span.setAttribute(SpanNames.REQUEST_ID, requestId);
        if (accessLog) {
            context.addEndHandler(done -> {
                Caller caller = context.get(CALLER);
                requests.request(request.method().name(), request.path(), context.response().getStatusCode(),
                        System.nanoTime() - started, caller == null ? null : caller.tenant(), requestId);
            });
        }
        if (declaredLength(request) > maxBodyBytes) {
            // a chunked body is counted by the service, which has the same limit
            refuse(context, dialect, 413, "the body must not exceed " + maxBodyBytes + " bytes");
            return;
        }
        if (!request.path().equals(context.normalizedPath())) {
            refuse(context, dialect, 400, "the path must not contain dot segments or encoded characters");
            return;
        }
        apiKeys.callerOf(request).onComplete(resolved -> {
            if (resolved.failed()) {
                refuse(context, dialect, 503, "API keys cannot be checked right now");
                return;
            }
            if (resolved.result() instanceof ApiKeys.Resolution.Refused refused) {
                context.response().putHeader("Retry-After", Long.toString(refused.seconds()));
                refuse(context, dialect, 429, "too many unknown API keys from this address; retry in "
                        + refused.seconds() + " s");
                return;
            }
            Optional<Caller> caller = resolved.result() instanceof ApiKeys.Resolution.Known known
                    && !known.caller().expiredAt(Instant.now()) ? Optional.of(known.caller()) : Optional.empty();
            if (caller.isEmpty()) {
                context.response().putHeader("WWW-Authenticate", "Bearer realm=\"horae\"");
                refuse(context, dialect, 401, "a valid API key is required");
                return;
            }
            Optional<String> claimed = request.headers().getAll("X-Tenant-Id").stream()
                    .filter(tenant -> !tenant.equals(caller.get().tenant())).findFirst();
            if (claimed.isPresent()) {
                refuse(context, dialect, 403, "the API key does not belong to tenant " + claimed.get());
                return;
            }
            long wait = rateLimiter.secondsToWait(caller.get());
            if (wait > 0) {
                context.response().putHeader("Retry-After", Long.toString(wait));
                refuse(context, dialect, 429, "the tenant's rate limit is spent; retry in " + wait + " s");
                return;
            }
            context.put(CALLER, caller.get());
            span.setAttribute(SpanNames.TENANT, caller.get().tenant());
            context.next();
        });
    }

    /**
     * A random version-4 UUID from a fast generator: a request id names a request in the logs, it guards nothing, so
     * it needs no cryptographic randomness (SecureRandom showed in the gateway's profile).
     */
    public static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
    }

    static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext context, Dialect dialect, int status, String message) {
        context.request().resume();
        dialect.refuse(context, status, null, message);
    }
}
