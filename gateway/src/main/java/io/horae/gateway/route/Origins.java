package io.horae.gateway.route;

import io.horae.gateway.GatewaySettings;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where each service listens: one address, or several replicas ({@code HORAE_UPSTREAM_BOOKING=http://a:8084,
 * http://b:8084}) taken in turn. A replica that refuses the connection is passed over for the next one within the same
 * request (nothing of the request was sent yet); one that accepted it and then failed is the request's failure.
 */
@ApplicationScoped
public class Origins {
    private final Map<String, List<SocketAddress>> replicas = new HashMap<>();
    private final Map<String, AtomicInteger> turns = new HashMap<>();

    public Origins(GatewaySettings settings) {
        settings.upstreams().forEach((service, urls) -> {
            replicas.put(service, Arrays.stream(urls.split(",")).map(String::trim).filter(u -> !u.isEmpty())
                    .map(URI::create).map(u -> SocketAddress.inetSocketAddress(u.getPort(), u.getHost())).toList());
            turns.put(service, new AtomicInteger());
        });
    }

    public boolean knows(String service) {
        return replicas.containsKey(service) && !replicas.get(service).isEmpty();
    }

    /** A request to {@code service} on the next replica in turn, or on the one after it if that one cannot be reached. */
    public Future<HttpClientRequest> connect(HttpClient client, String service, RequestOptions options) {
        List<SocketAddress> all = replicas.get(service);
        int first = Math.floorMod(turns.get(service).getAndIncrement(), all.size());
        return attempt(client, options, all, first, all.size());
    }

    private static Future<HttpClientRequest> attempt(HttpClient client, RequestOptions options,
                                                     List<SocketAddress> all, int index, int left) {
        SocketAddress replica = all.get(index % all.size());
        return client.request(new RequestOptions(options).setServer(replica).setHost(replica.host())
                        .setPort(replica.port()))
                .recover(failure -> left > 1 ? attempt(client, options, all, index + 1, left - 1)
                        : Future.failedFuture(failure));
    }
}
