package io.horae.compat.host;

import io.vertx.ext.web.RoutingContext;

/**
 * How an API family says no: the native API with RFC 9457 problem details, each vendor's compatibility routes in
 * their own envelope. The host's checks (key, tenant, rate limit, scope) answer through the dialect of the route.
 */
@FunctionalInterface
public interface Dialect {
    /** Ends the response as a refusal with {@code status}; {@code field} names the bad input when there is one. */
    void refuse(RoutingContext context, int status, String field, String message);
}
