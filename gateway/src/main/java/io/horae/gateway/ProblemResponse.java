package io.horae.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own refusals, in the same RFC 9457 shape the services use. */
final class ProblemResponse {
    private ProblemResponse() {
    }

    static void send(RoutingContext context, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(problem.encode());
    }
}
