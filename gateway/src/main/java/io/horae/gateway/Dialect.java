package io.horae.gateway;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.RoutingContext;

/**
 * How an API family says no: the native API with RFC 9457 problem details, each vendor's compatibility routes in
 * their own envelope. The gateway's checks (key, tenant, rate limit, scope) answer through the dialect of the route.
 */
@FunctionalInterface
public interface Dialect {
    /** The native API's problem details. */
    Dialect NATIVE = (context, status, field, message) -> {
        if (field != null && status == 400) {
            ProblemResponse.badField(context, field, message);
        } else {
            ProblemResponse.send(context, status, HttpResponseStatus.valueOf(status).reasonPhrase(), message);
        }
    };

    /** Ends the response as a refusal with {@code status}; {@code field} names the bad input when there is one. */
    void refuse(RoutingContext context, int status, String field, String message);
}
