package io.horae.compat;

import io.horae.compat.nativeapi.Refusal;

import io.horae.compat.host.Gate;
import io.horae.compat.host.Dialect;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.jboss.logging.Logger;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every vendor's routes share: admission in the vendor's dialect, a bounded body, answers as JSON and every
 * failure (a {@link Refusal}, or anything unexpected) in the vendor's envelope, never a 500 page.
 */
public final class VendorRoutes {
    private static final Logger LOG = Logger.getLogger(VendorRoutes.class);
    private static final long MAX_BODY = 256 * 1024;

    private VendorRoutes() {
    }

    /**
     * Mounts a vendor's routes under {@code prefix} (ending with {@code /}) as one sub-router, so native requests
     * pass a single prefix check per vendor: admission, a bounded body, the routes {@code routes} adds (paths below
     * the prefix, starting with {@code /}), a vendor-shaped 404 for any other path, and a failure handler. The
     * routes are listed in {@code operations} under the vendor's {@code name}.
     */
    public static void mount(Router router, Vertx vertx, Gate gate, String prefix, Dialect dialect,
                             Consumer<Router> routes, VendorOperations operations, String name) {
        Router vendor = Router.router(vertx);
        vendor.route().handler(gate.of(dialect));
        vendor.route().handler(BodyHandler.create(false).setBodyLimit(MAX_BODY));
        routes.accept(vendor);
        // what routes added with a path (a pattern route, like Reservanto's actions, lists its operations itself)
        vendor.getRoutes().stream().filter(route -> route.getPath() != null && route.methods() != null)
                .forEach(route -> route.methods().forEach(method -> operations.add(name, method.name(),
                        prefix.substring(0, prefix.length() - 1) + route.getPath())));
        vendor.route().handler(context -> dialect.refuse(context, 404, null, "no such operation: "
                + context.request().method() + " " + context.request().path()));
        vendor.route().failureHandler(context -> {
            if (context.statusCode() == 413) {
                dialect.refuse(context, 413, null, "the body must not exceed " + MAX_BODY + " bytes");
            } else {
                LOG.errorf(context.failure(), "compatibility call %s failed", context.request().path());
                dialect.refuse(context, 500, null, "the call failed unexpectedly");
            }
        });
        router.route(prefix + "*").order(-100).subRouter(vendor);
    }

    /** Ends the response with {@code body} as JSON and {@code status}, or with the failure in the dialect. */
    public static void answer(RoutingContext context, int status, Future<?> body, Dialect dialect) {
        body.onComplete(done -> {
            if (context.response().ended()) {
                return;
            }
            if (done.failed()) {
                refuse(context, done.cause(), dialect);
            } else if (done.result() == null) {
                context.response().setStatusCode(status).end();
            } else {
                context.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(Json.encode(done.result()));
            }
        });
    }

    /** Runs {@code call}, turning a {@link Refusal} thrown while preparing it into a failed future. */
    public static <T> Future<T> attempt(Supplier<Future<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    /** The body as a JSON object; a missing or malformed one is a 400 {@link Refusal}. */
    public static JsonObject body(RoutingContext context) {
        String text = context.body().asString();
        if (text == null || text.isBlank()) {
            throw new Refusal(400, null, "a JSON body is required");
        }
        try {
            Object parsed = Json.decodeValue(text);
            if (parsed instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            throw new Refusal(400, null, "the body is not valid JSON");
        }
        throw new Refusal(400, null, "the body must be a JSON object");
    }

    private static void refuse(RoutingContext context, Throwable failure, Dialect dialect) {
        if (failure instanceof Refusal refusal) {
            dialect.refuse(context, refusal.status(), refusal.field(), refusal.getMessage());
        } else if (failure instanceof IllegalArgumentException || failure instanceof ClassCastException
                || failure instanceof java.time.DateTimeException) {
            dialect.refuse(context, 400, null, "malformed input: " + failure.getMessage());
        } else {
            LOG.errorf(failure, "compatibility call %s failed", context.request().path());
            dialect.refuse(context, 500, null, "the call failed unexpectedly");
        }
    }
}
