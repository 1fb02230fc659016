package io.horae.booking.webhook;

import io.horae.booking.api.NewWebhookSubscription;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionService {
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookTargets targets;
    private final WebhookDeliveries deliveries;
    private final WebhookSettings settings;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public WebhookSubscriptionService(WebhookSubscriptionRepository subscriptions, WebhookTargets targets,
                                      WebhookDeliveries deliveries, WebhookSettings settings) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.settings = settings;
    }

    /** A new subscription to a checked receiver, within the tenant's cap of active subscriptions. */
    public Uni<WebhookSubscription> subscribe(String tenantId, NewWebhookSubscription request) {
        return targets.checked(request.url()).chain(url -> Panache.withTransaction(() -> withinCap(tenantId)
                .chain(() -> {
                    WebhookSubscription subscription = new WebhookSubscription();
                    subscription.id = UUID.randomUUID();
                    subscription.tenantId = tenantId;
                    subscription.url = url;
                    subscription.eventTypes = request.eventTypes().stream().distinct().sorted()
                            .toArray(String[]::new);
                    subscription.secret = newSecret();
                    subscription.active = true;
                    subscription.createdAt = OffsetDateTime.now(clock);
                    return subscriptions.persist(subscription);
                })));
    }

    /**
     * Pauses a subscription ({@code active} false: what happens meanwhile waits in its deliveries) or resumes it,
     * within the cap. An ended subscription is not resumed (409): subscribe again.
     */
    public Uni<WebhookSubscription> setActive(String tenantId, UUID id, boolean active) {
        return Panache.withTransaction(() -> (active ? withinCap(tenantId) : Uni.createFrom().voidItem())
                .chain(() -> going(tenantId, id))
                .invoke(s -> s.active = active));
    }

    /**
     * A new secret, shown once in the answer; the one before keeps signing beside it for the grace period
     * ({@code horae.booking.webhooks.secret-grace}), so the receiver can switch without losing a delivery.
     */
    public Uni<WebhookSubscription> rotateSecret(String tenantId, UUID id) {
        return Panache.withTransaction(() -> going(tenantId, id).invoke(s -> {
            s.previousSecret = s.secret;
            s.previousSecretUntil = OffsetDateTime.now(clock).plus(settings.secretGrace());
            s.secret = newSecret();
        }));
    }

    /** The tenant's subscription that has not ended, locked; 404 or 409 otherwise. */
    private Uni<WebhookSubscription> going(String tenantId, UUID id) {
        return subscriptions.lockOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("webhook subscription", id))
                .invoke(s -> {
                    if (s.endedAt != null) {
                        throw ProblemException.conflict("the subscription ended at " + s.endedAt
                                + "; subscribe again");
                    }
                });
    }

    /** Refuses past the tenant's cap of active subscriptions, counted under the tenant's lock. */
    private Uni<Void> withinCap(String tenantId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('webhooks:' || ?1))")
                        .setParameter(1, tenantId).getSingleResult())
                .chain(() -> subscriptions.count("tenantId = ?1 and active = true", tenantId))
                .invoke(active -> {
                    if (active >= settings.subscriptionsPerTenant()) {
                        throw ProblemException.conflict("a tenant has at most " + settings.subscriptionsPerTenant()
                                + " active webhook subscriptions; delete one first");
                    }
                })
                .replaceWithVoid();
    }

    /** Ends a subscription: nothing more is sent to it (its delivery log stays readable); false if none. */
    public Uni<Boolean> unsubscribe(String tenantId, UUID id) {
        return deliveries.end(tenantId, id);
    }

    @WithSession
    public Uni<WebhookSubscription> find(String tenantId, UUID id) {
        return subscriptions.findOwned(tenantId, id);
    }

    @WithSession
    public Uni<List<WebhookSubscription>> list(String tenantId) {
        return subscriptions.listOwned(tenantId, Sort.by("createdAt").and("id"));
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
