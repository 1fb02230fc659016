package io.horae.compat.host;

import io.horae.access.Caller;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;

import java.time.Duration;

/**
 * How the native client reaches a service, as the hosting gateway knows it: where the service's replicas run and the
 * signed internal token that carries the caller's tenant and scopes.
 */
public interface Upstream {
    /** A request to {@code service} on behalf of {@code caller}, its internal token already in place. */
    Future<HttpClientRequest> open(HttpClient client, String service, Caller caller, RequestOptions options);

    /** How long a service may stay silent. */
    Duration timeout();
}
