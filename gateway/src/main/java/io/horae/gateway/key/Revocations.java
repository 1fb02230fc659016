package io.horae.gateway.key;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Revocations reach every gateway replica at once: the revoking statement notifies {@value #CHANNEL} with each key
 * id it revoked (PostgreSQL delivers it on commit), and every gateway listening forgets those keys and their tokens.
 * While the listening connection is down nothing can be heard, so on every (re)connection a gateway forgets every key
 * it knew and asks the database again.
 */
@ApplicationScoped
public class Revocations {
    static final String CHANNEL = "horae_key_revoked";
    private static final Logger LOG = Logger.getLogger(Revocations.class);

    private final ApiKeys keys;
    private PgSubscriber subscriber;

    public Revocations(ApiKeys keys) {
        this.keys = keys;
    }

    void listen(@Observes StartupEvent start, Vertx vertx,
                @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                @ConfigProperty(name = "quarkus.datasource.username") String user,
                @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:")
                ? url.substring("vertx-reactive:".length()) : url).setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 500L);
        subscriber.channel(CHANNEL)
                .subscribeHandler(v -> keys.forgetAll())
                .handler(id -> keys.forget(UUID.fromString(id)));
        subscriber.closeHandler(v -> LOG.warn("not listening for key revocations; reconnecting"));
        subscriber.connect().onFailure(e -> LOG.warnf("cannot listen for key revocations yet (%s)", e.getMessage()));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
