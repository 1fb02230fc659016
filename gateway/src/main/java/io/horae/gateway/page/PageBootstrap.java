package io.horae.gateway.page;

import io.horae.gateway.GatewaySettings;
import io.horae.gateway.key.Bootstrap;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Turns the first tenant's booking page on at start when the launcher asks ({@code ./horae up}'s demo tenant), once
 * the tenant exists and unless the tenant has set its page already.
 */
@ApplicationScoped
public class PageBootstrap {
    private static final Logger LOG = Logger.getLogger(PageBootstrap.class);

    void onStart(@Observes @Priority(Bootstrap.ORDER + 1) StartupEvent start, GatewaySettings settings,
                 BookingPages pages) {
        String tenant = settings.bootstrapTenant().filter(t -> !t.isBlank()).orElse(null);
        if (tenant == null || !settings.bootstrapBookingPage()) {
            return;
        }
        pages.openUnlessSet(tenant).toCompletionStage().toCompletableFuture()
                .orTimeout(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS).join();
        LOG.infof("bootstrap tenant %s has its booking page at /book/%s/", tenant, tenant);
    }
}
