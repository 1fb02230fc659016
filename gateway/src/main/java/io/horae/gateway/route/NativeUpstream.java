package io.horae.gateway.route;

import io.horae.access.Caller;
import io.horae.compat.host.Upstream;
import io.horae.gateway.GatewaySettings;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** The services as the native client in the vendor module reaches them: the same origins and tokens as a proxied call. */
@ApplicationScoped
public class NativeUpstream implements Upstream {
    private final Origins origins;
    private final InternalTokens tokens;
    private final Duration timeout;

    public NativeUpstream(Origins origins, InternalTokens tokens, GatewaySettings settings) {
        this.origins = origins;
        this.tokens = tokens;
        this.timeout = settings.upstreamTimeout();
    }

    @Override
    public Future<HttpClientRequest> open(HttpClient client, String service, Caller caller, RequestOptions options) {
        options.putHeader("Authorization", "Bearer " + tokens.forCaller(caller, service));
        return origins.connect(client, service, options);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }
}
