package io.horae.compat.host;

import io.horae.access.Caller;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * How a request gets in, as the hosting gateway decides it: by an API key or a short-time token, held to its tenant
 * and its rate limit. The vendor routes put {@link #of} in front of their handlers.
 */
public interface Gate {
    /** The admission check for routes that speak {@code dialect}; the request stays paused for the next handler. */
    Handler<RoutingContext> of(Dialect dialect);

    /** The caller {@link #of}'s handler admitted for this request. */
    Caller callerOf(RoutingContext context);

    /** The address the request came from, as the services are told it. */
    String clientAddress(RoutingContext context);
}
