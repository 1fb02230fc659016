package io.horae.booking.webhook;

import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionService {
    private final WebhookSubscriptionRepository subscriptions;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public WebhookSubscriptionService(WebhookSubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @WithTransaction
    public Uni<WebhookSubscription> subscribe(String tenantId, WebhookSubscriptionResource.NewSubscription request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.tenantId = tenantId;
        subscription.url = deliverable(request.url());
        subscription.eventTypes = request.eventTypes().stream().distinct().sorted().toArray(String[]::new);
        subscription.secret = newSecret();
        subscription.active = true;
        subscription.createdAt = OffsetDateTime.now(clock);
        return subscriptions.persist(subscription);
    }

    @WithSession
    public Uni<WebhookSubscription> find(String tenantId, UUID id) {
        return subscriptions.findOwned(tenantId, id);
    }

    @WithSession
    public Uni<List<WebhookSubscription>> list(String tenantId) {
        return subscriptions.listOwned(tenantId, Sort.by("createdAt").and("id"));
    }

    /** An absolute http(s) URL with a host; anything else could never receive a delivery. */
    static String deliverable(String url) {
        try {
            URI uri = URI.create(url.strip());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                throw ProblemException.badField("url", "must be an absolute http or https URL");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("url", "is not a valid URL");
        }
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
