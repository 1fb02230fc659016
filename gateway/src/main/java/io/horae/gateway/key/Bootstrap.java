package io.horae.gateway.key;

import io.horae.gateway.GatewaySettings;
import io.horae.access.Scopes;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Creates the configured first tenant and its platform key at start, once; later starts find them stored. A weak key
 * stops the start (it would guard every tenant); a changed key revokes the one configured before, and what it issued.
 */
@ApplicationScoped
public class Bootstrap {
    /** When the first tenant is made at start: before anything that needs it (its booking page). */
    public static final int ORDER = jakarta.interceptor.Interceptor.Priority.APPLICATION;
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    void onStart(@Observes @Priority(ORDER) StartupEvent start, GatewaySettings settings, ApiKeyStore store) {
        String tenant = settings.bootstrapTenant().filter(t -> !t.isBlank()).orElse(null);
        String key = settings.bootstrapApiKey().filter(k -> !k.isBlank()).orElse(null);
        if (tenant == null || key == null) {
            LOG.info("no bootstrap tenant configured; keys are issued through /api/v1/tenants and /api/v1/api-keys");
            return;
        }
        KeySecrets.weakness(key).ifPresent(weakness -> {
            throw new IllegalStateException("HORAE_BOOTSTRAP_API_KEY is too weak to guard the platform: " + weakness);
        });
        List<UUID> revoked = store.ensure(tenant, key, Scopes.all()).toCompletionStage().toCompletableFuture()
                .orTimeout(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS).join();
        if (!revoked.isEmpty()) {
            LOG.infof("the bootstrap key configured before is revoked, with the %d keys it issued", revoked.size() - 1);
        }
        LOG.infof("bootstrap tenant %s has its platform key", tenant);
    }
}
