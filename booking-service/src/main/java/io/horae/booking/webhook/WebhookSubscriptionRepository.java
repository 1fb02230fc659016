package io.horae.booking.webhook;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements TenantScopedRepository<WebhookSubscription, UUID> {
}
