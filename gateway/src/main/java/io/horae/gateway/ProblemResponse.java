package io.horae.gateway;

import io.horae.compat.host.Dialect;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own refusals, in the same RFC 9457 shape the services use. */
public final class ProblemResponse {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** How the native API says no: problem details, with {@code errors} naming the bad field when there is one. */
    public static final Dialect NATIVE = (context, status, field, message) -> {
        if (field != null && status == 400) {
            badField(context, field, message);
        } else {
            send(context, status, HttpResponseStatus.valueOf(status).reasonPhrase(), message);
        }
    };

    private ProblemResponse() {
    }

    public static void send(RoutingContext context, int status, String title, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(body(status, title, detail, context.request().path()).encode());
    }

    /** A 400 naming the field that is wrong, as the services' {@code errors} do. */
    public static void badField(RoutingContext context, String field, String message) {
        JsonObject problem = body(400, "Bad Request", field + ": " + message, context.request().path())
                .put("errors", new JsonArray().add(new JsonObject().put("field", field).put("message", message)));
        context.response().setStatusCode(400).putHeader("Content-Type", MEDIA_TYPE).end(problem.encode());
    }

    public static JsonObject body(int status, String title, String detail, String instance) {
        return new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
    }
}
