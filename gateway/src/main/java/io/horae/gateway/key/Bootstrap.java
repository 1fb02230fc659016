package io.horae.gateway.key;

import io.horae.gateway.GatewaySettings;
import io.horae.gateway.access.Scopes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/** Creates the configured first tenant and its platform key at start, once; later starts find them stored. */
@ApplicationScoped
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    void onStart(@Observes StartupEvent start, GatewaySettings settings, ApiKeyStore store) {
        String tenant = settings.bootstrapTenant().filter(t -> !t.isBlank()).orElse(null);
        String key = settings.bootstrapApiKey().filter(k -> !k.isBlank()).orElse(null);
        if (tenant == null || key == null) {
            LOG.info("no bootstrap tenant configured; keys are issued through /api/v1/tenants and /api/v1/api-keys");
            return;
        }
        store.ensure(tenant, key, Scopes.all()).toCompletionStage().toCompletableFuture()
                .orTimeout(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
        LOG.infof("bootstrap tenant %s has its platform key", tenant);
    }
}
