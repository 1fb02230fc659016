package io.horae.gateway.key;

import io.horae.access.Caller;

import io.horae.gateway.ProblemResponse;
import io.horae.access.Scopes;
import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The gateway's own endpoints: short-time tokens for any key, API keys of the caller's tenant for {@code admin},
 * tenants for {@code platform}. Every answer that issues a secret is the only place that secret is ever shown.
 */
@ApplicationScoped
public class KeyAdministration {
    public static final Duration SHORT_TIME_TOKEN_LIFE = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(KeyAdministration.class);
    /** What a tenant id may be (as table {@code tenant} checks it): it also names the tenant's booking page. */
    public static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final long MAX_BODY = 16 * 1024;

    private final ApiKeyStore store;
    private final ApiKeys apiKeys;

    public KeyAdministration(ApiKeyStore store, ApiKeys apiKeys) {
        this.store = store;
        this.apiKeys = apiKeys;
    }

    /** Installs the routes; they run after the caller was authenticated (order {@code order}). */
    public void install(Router router, int order, java.util.function.Function<RoutingContext, Caller> callerOf) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(MAX_BODY);
        router.post("/api/v1/auth/token").order(order).handler(c -> shortTimeToken(c, callerOf.apply(c)));
        router.post("/api/v1/api-keys").order(order).handler(body)
                .handler(c -> allowed(c, callerOf.apply(c), Scopes.ADMIN).ifPresent(caller -> issueKey(c, caller)));
        router.get("/api/v1/api-keys").order(order)
                .handler(c -> allowed(c, callerOf.apply(c), Scopes.ADMIN).ifPresent(caller -> listKeys(c, caller)));
        router.delete("/api/v1/api-keys/:id").order(order)
                .handler(c -> allowed(c, callerOf.apply(c), Scopes.ADMIN).ifPresent(caller -> revokeKey(c, caller)));
        router.post("/api/v1/tenants").order(order).handler(body)
                .handler(c -> allowed(c, callerOf.apply(c), Scopes.PLATFORM).ifPresent(caller -> createTenant(c)));
        router.put("/api/v1/tenants/:id/rate-limit").order(order).handler(body)
                .handler(c -> allowed(c, callerOf.apply(c), Scopes.PLATFORM).ifPresent(caller -> setRateLimit(c)));
    }

    private void shortTimeToken(RoutingContext context, Caller caller) {
        context.request().resume();
        if (caller.isShortTimeToken()) {
            ProblemResponse.send(context, 403, "Forbidden", "a short-time token cannot issue another; use the API key");
            return;
        }
        answer(context, 201, shortTimeToken(caller)
                .map(token -> new JsonObject()
                        .put("token", token.secret())
                        .put("tokenType", "Bearer")
                        .put("expiresAt", token.expiresAt().toString())
                        .put("scopes", new JsonArray(List.copyOf(token.scopes())))));
    }

    /** A token valid for {@link #SHORT_TIME_TOKEN_LIFE} with the key's tenant and scopes (not for a token). */
    public Future<IssuedKey> shortTimeToken(Caller caller) {
        if (caller.isShortTimeToken()) {
            return Future.failedFuture(new IllegalStateException("a short-time token cannot issue another"));
        }
        Instant expires = Instant.now().plus(SHORT_TIME_TOKEN_LIFE);
        return store.issue(caller.tenant(), "short-time token", caller.scopes(), caller.keyId(), expires);
    }

    private void issueKey(RoutingContext context, Caller caller) {
        Optional<JsonObject> body = json(context);
        if (body.isEmpty()) {
            return;
        }
        Optional<String> name = text(context, body.get(), "name", 200);
        Optional<Set<String>> scopes = name.flatMap(n -> scopes(context, body.get()));
        if (scopes.isEmpty()) {
            return;
        }
        if (caller.isShortTimeToken()) {
            ProblemResponse.send(context, 403, "Forbidden", "a short-time token cannot issue keys; use the API key");
            return;
        }
        if (!scopes.get().stream().allMatch(s -> Scopes.permits(caller.scopes(), s))) {
            ProblemResponse.send(context, 403, "Forbidden", "a key cannot grant scopes it does not have itself");
            return;
        }
        answer(context, 201, store.issueFor(caller, name.get(), scopes.get()).map(KeyAdministration::view));
    }

    private void listKeys(RoutingContext context, Caller caller) {
        answer(context, 200, store.list(caller.tenant()).map(keys -> new JsonObject().put("items",
                new JsonArray(keys.stream().map(KeyAdministration::view).toList()))));
    }

    private void revokeKey(RoutingContext context, Caller caller) {
        UUID id;
        try {
            id = UUID.fromString(context.pathParam("id"));
        } catch (IllegalArgumentException e) {
            ProblemResponse.badField(context, "id", "is not a UUID");
            return;
        }
        store.revoke(caller.tenant(), id).onComplete(revoked -> {
            if (revoked.failed()) {
                fail(context, revoked.cause());
            } else if (revoked.result().isEmpty()) {
                ProblemResponse.send(context, 404, "Not Found", "no API key " + id);
            } else {
                revoked.result().forEach(apiKeys::forget);
                context.response().setStatusCode(204).end();
            }
        });
    }

    private void createTenant(RoutingContext context) {
        Optional<JsonObject> body = json(context);
        if (body.isEmpty()) {
            return;
        }
        Object id = body.get().getValue("id");
        if (!(id instanceof String tenant) || !TENANT_ID.matcher(tenant).matches()) {
            ProblemResponse.badField(context, "id", "must be 1 to 63 lower-case letters, digits and dashes");
            return;
        }
        Optional<String> name = text(context, body.get(), "name", 200);
        Optional<int[]> limit = name.flatMap(n -> rateLimit(context, body.get(), false));
        if (limit.isEmpty()) {
            return;
        }
        Integer perSecond = limit.get().length == 0 ? null : limit.get()[0];
        Integer burst = limit.get().length == 0 ? null : limit.get()[1];
        answer(context, 201, store.createTenant(tenant, name.get(), perSecond, burst)
                .compose(x -> store.issue(tenant, "admin", Set.of(Scopes.ADMIN), null, null))
                .map(key -> new JsonObject()
                        .put("id", tenant)
                        .put("name", name.get())
                        .put("requestsPerSecond", perSecond)
                        .put("burst", burst)
                        .put("apiKey", view(key))));
    }

    private void setRateLimit(RoutingContext context) {
        Optional<int[]> limit = json(context).flatMap(body -> rateLimit(context, body, true));
        if (limit.isEmpty()) {
            return;
        }
        String tenant = context.pathParam("id");
        store.setRateLimit(tenant, limit.get()[0], limit.get()[1]).onComplete(set -> {
            if (set.failed()) {
                fail(context, set.cause());
            } else if (!set.result()) {
                ProblemResponse.send(context, 404, "Not Found", "no tenant " + tenant);
            } else {
                context.json(new JsonObject().put("id", tenant).put("requestsPerSecond", limit.get()[0])
                        .put("burst", limit.get()[1]));
            }
        });
    }

    /** The caller, if its scopes allow {@code required}; otherwise answers 403 itself. */
    private static Optional<Caller> allowed(RoutingContext context, Caller caller, String required) {
        if (Scopes.permits(caller.scopes(), required)) {
            return Optional.of(caller);
        }
        context.request().resume();
        ProblemResponse.send(context, 403, "Forbidden", "the API key lacks the scope " + required);
        return Optional.empty();
    }

    private static Optional<JsonObject> json(RoutingContext context) {
        try {
            JsonObject body = context.body().asJsonObject();
            if (body == null) {
                ProblemResponse.send(context, 400, "Bad Request", "a JSON object is required");
                return Optional.empty();
            }
            return Optional.of(body);
        } catch (DecodeException | ClassCastException e) {
            ProblemResponse.send(context, 400, "Bad Request", "the body is not a JSON object");
            return Optional.empty();
        }
    }

    private static Optional<String> text(RoutingContext context, JsonObject body, String field, int max) {
        Object value = body.getValue(field);
        if (!(value instanceof String text) || text.isBlank() || text.length() > max) {
            ProblemResponse.badField(context, field, "must be text of 1 to " + max + " characters");
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private static Optional<Set<String>> scopes(RoutingContext context, JsonObject body) {
        Object value = body.getValue("scopes");
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 50
                || !array.stream().allMatch(String.class::isInstance)) {
            ProblemResponse.badField(context, "scopes", "must be a non-empty array of scope names");
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        array.forEach(s -> names.add((String) s));
        try {
            return Optional.of(Scopes.parse(names));
        } catch (IllegalArgumentException e) {
            ProblemResponse.badField(context, "scopes", e.getMessage());
            return Optional.empty();
        }
    }

    /** {requestsPerSecond, burst}; an empty array when both are absent and {@code required} is false. */
    private static Optional<int[]> rateLimit(RoutingContext context, JsonObject body, boolean required) {
        Object perSecond = body.getValue("requestsPerSecond");
        Object burst = body.getValue("burst");
        if (!required && perSecond == null && burst == null) {
            return Optional.of(new int[0]);
        }
        for (var field : List.of(java.util.Map.entry("requestsPerSecond", Optional.ofNullable(perSecond)),
                java.util.Map.entry("burst", Optional.ofNullable(burst)))) {
            Object value = field.getValue().orElse(null);
            if (!(value instanceof Integer n) || n < 1 || n > 100_000) {
                ProblemResponse.badField(context, field.getKey(), "must be a whole number from 1 to 100000");
                return Optional.empty();
            }
        }
        return Optional.of(new int[] {(Integer) perSecond, (Integer) burst});
    }

    private static JsonObject view(IssuedKey key) {
        JsonObject view = new JsonObject()
                .put("id", key.id().toString())
                .put("tenant", key.tenant())
                .put("name", key.name())
                .put("hint", key.hint())
                .put("scopes", new JsonArray(List.copyOf(key.scopes())))
                .put("createdAt", key.createdAt().toString())
                .put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        if (key.secret() != null) {
            view.put("key", key.secret());
        }
        return view;
    }

    private static void answer(RoutingContext context, int status, Future<JsonObject> result) {
        result.onComplete(done -> {
            if (done.failed()) {
                fail(context, done.cause());
            } else {
                context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                        .end(done.result().encode());
            }
        });
    }

    private static void fail(RoutingContext context, Throwable failure) {
        if (failure instanceof ApiKeyStore.Conflict conflict) {
            ProblemResponse.send(context, 409, "Conflict", conflict.getMessage());
        } else {
            LOG.error("key administration failed", failure);
            ProblemResponse.send(context, 503, "Service Unavailable", "API keys cannot be stored right now");
        }
    }
}
