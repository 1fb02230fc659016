package io.horae.booking.webhook;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    public Uni<WebhookSubscription> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<List<WebhookSubscription>> listOwned(String tenantId) {
        return list("tenantId = ?1 order by createdAt, id", tenantId);
    }
}
