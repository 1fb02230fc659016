package io.horae.booking.webhook;

import io.horae.events.CloudEvent;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The deliveries of events to subscriptions: fanned out from events, claimed for sending, their outcomes kept. */
@ApplicationScoped
public class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, UUID> {
    /** A delivery claimed for one attempt, with what sending it needs. */
    public record Claimed(UUID id, UUID subscriptionId, String url, String secret, String eventType, String payload) {
    }

    /** While an attempt runs, nobody else takes the delivery; if the sender dies, it is taken again after this. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookSubscriptionRepository subscriptions;
    private final Pool pool;
    private final Clock clock = Clock.systemUTC();

    public WebhookDeliveries(WebhookSubscriptionRepository subscriptions, Pool pool) {
        this.subscriptions = subscriptions;
        this.pool = pool;
    }

    /** Whether an active subscription of the tenant wants events of {@code type}: read before any transaction. */
    public Uni<Boolean> wanted(String tenantId, String type) {
        return pool.preparedQuery("""
                        SELECT EXISTS (SELECT 1 FROM webhook_subscription
                                       WHERE tenant_id = $1 AND active AND $2 = ANY (event_types))""")
                .execute(Tuple.of(tenantId, type)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** One pending delivery per active subscription of the event's tenant that wants its type; in the caller's tx. */
    public Uni<Void> fanOut(CloudEvent event, String payload) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return subscriptions.list("tenantId = ?1 and active = true", event.tenantid())
                .chain(found -> {
                    List<WebhookDelivery> deliveries = found.stream()
                            .filter(s -> List.of(s.eventTypes).contains(event.type()))
                            .map(s -> {
                                WebhookDelivery d = new WebhookDelivery();
                                d.id = UUID.randomUUID();
                                d.tenantId = s.tenantId;
                                d.subscriptionId = s.id;
                                d.eventId = event.id();
                                d.eventType = event.type();
                                d.payload = payload;
                                d.status = WebhookDelivery.Status.PENDING;
                                d.nextAttemptAt = now;
                                d.createdAt = now;
                                return d;
                            }).toList();
                    return io.horae.kernel.persistence.Batches.persist(this, deliveries);
                });
    }

    /** Takes up to {@code batch} due deliveries for one attempt each (skipping those another sender holds). */
    @WithTransaction
    public Uni<List<Claimed>> claimDue(int batch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                                SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1
                                ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                        .setParameter(1, now).setParameter(2, batch).getResultList())
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<WebhookDelivery>of()) : list("id in ?1", ids))
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(List.<Claimed>of())
                        : subscriptions.list("id in ?1", due.stream().map(d -> d.subscriptionId).distinct().toList())
                        .map(subs -> due.stream().map(d -> {
                            WebhookSubscription s = subs.stream().filter(x -> x.id.equals(d.subscriptionId))
                                    .findFirst().orElseThrow();
                            d.attempts++;
                            d.nextAttemptAt = now.plus(LEASE);
                            return new Claimed(d.id, s.id, s.url, s.secret, d.eventType, d.payload);
                        }).toList()));
    }

    /** Keeps an attempt's outcome; a receiver gone for good ends its subscription. */
    @WithTransaction
    public Uni<Void> record(UUID deliveryId, Integer status, String error, Duration firstRetry) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return findById(deliveryId).chain(d -> {
            boolean gone = d.attempted(status, error, now, firstRetry);
            return gone ? subscriptions.update("active = false where id = ?1", d.subscriptionId).replaceWithVoid()
                    : Uni.createFrom().voidItem();
        });
    }

    @WithSession
    public Uni<List<WebhookDelivery>> of(String tenantId, UUID subscriptionId) {
        return find("tenantId = ?1 and subscriptionId = ?2", Sort.descending("createdAt").and("id"), tenantId,
                subscriptionId).page(Page.ofSize(100)).list();
    }

    @WithTransaction
    public Uni<WebhookDelivery> replay(String tenantId, UUID subscriptionId, UUID deliveryId) {
        return find("id = ?1 and tenantId = ?2 and subscriptionId = ?3", deliveryId, tenantId, subscriptionId)
                .firstResult().map(d -> {
                    if (d == null) {
                        throw ProblemException.notFound("delivery", deliveryId);
                    }
                    d.replay(OffsetDateTime.now(clock));
                    return d;
                });
    }
}
