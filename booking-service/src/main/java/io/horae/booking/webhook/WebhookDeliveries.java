package io.horae.booking.webhook;

import io.horae.events.CloudEvent;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.horae.kernel.metrics.LabelledCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The deliveries of events to subscriptions: fanned out from events, claimed for sending, their outcomes kept. */
@ApplicationScoped
public class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, UUID> {
    /** A delivery claimed for one attempt, with what sending it needs. */
    /** {@code previousSecret}: the secret before a rotation, while it still signs beside the new one. */
    public record Claimed(UUID id, UUID subscriptionId, String url, String secret, String previousSecret,
                          String eventType, String payload, int attempts, int gone, OffsetDateTime createdAt) {
    }

    /** While an attempt runs, nobody else takes the delivery; if the sender dies, it is taken again after this. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookSubscriptionRepository subscriptions;
    private final Pool pool;
    private final LabelledCounter attempts;
    private final Clock clock = Clock.systemUTC();

    public WebhookDeliveries(WebhookSubscriptionRepository subscriptions, Pool pool, MeterRegistry registry) {
        this.subscriptions = subscriptions;
        this.pool = pool;
        this.attempts = new LabelledCounter(registry, "horae.webhook.deliveries", "Webhook delivery attempts",
                "outcome");
    }

    /**
     * Whether a subscription of the tenant that has not ended (active or paused) wants events of {@code type}: read
     * before any transaction.
     */
    public Uni<Boolean> wanted(String tenantId, String type) {
        return pool.preparedQuery("""
                        SELECT EXISTS (SELECT 1 FROM webhook_subscription
                                       WHERE tenant_id = $1 AND ended_at IS NULL AND $2 = ANY (event_types))""")
                .execute(Tuple.of(tenantId, type)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /**
     * One pending delivery per subscription of the event's tenant that wants its type and has not ended (a paused
     * one keeps it until resumed); in the caller's transaction.
     */
    public Uni<Void> fanOut(CloudEvent event, String payload) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return subscriptions.list("tenantId = ?1 and endedAt is null", event.tenantid())
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

    /**
     * Takes up to {@code limit} due deliveries for one attempt each: at most {@code perTenant} of any one tenant
     * (each tenant's oldest first, every tenant's first turn before anyone's second), and of each subscription no
     * more than {@code perSubscription} minus the attempts already {@code running} for it; skipping those another
     * sender holds. A taken delivery is leased: if its sender dies it is due again after two minutes.
     */
    public Uni<List<Claimed>> claimDue(int limit, int perTenant, int perSubscription, List<UUID> running,
                                       List<Integer> attempts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return pool.withTransaction(sql -> sql.preparedQuery("""
                        WITH running AS (SELECT * FROM unnest($4::uuid[], $5::int[]) AS r (subscription_id, attempts)),
                        due AS (
                            SELECT d.id, d.tenant_id, d.next_attempt_at, coalesce(r.attempts, 0)
                                       + row_number() OVER (PARTITION BY d.subscription_id ORDER BY d.next_attempt_at)
                                       AS subscription_turn
                            FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                            LEFT JOIN running r ON r.subscription_id = d.subscription_id
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND s.active),
                        fair AS (
                            SELECT id, next_attempt_at,
                                   row_number() OVER (PARTITION BY tenant_id ORDER BY next_attempt_at) AS turn
                            FROM due WHERE subscription_turn <= $6),
                        chosen AS (
                            SELECT id FROM fair WHERE turn <= $3 ORDER BY turn, next_attempt_at LIMIT $2),
                        taken AS (
                            SELECT d.id FROM webhook_delivery d JOIN chosen USING (id)
                            WHERE d.status = 'PENDING' FOR UPDATE OF d SKIP LOCKED)
                        UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = $7
                        FROM taken, webhook_subscription s
                        WHERE d.id = taken.id AND s.id = d.subscription_id
                        RETURNING d.id, d.subscription_id, s.url, s.secret,
                                  CASE WHEN s.previous_secret_until > $1 THEN s.previous_secret END AS previous_secret,
                                  d.event_type, d.payload, d.attempts, d.gone, d.created_at""")
                .execute(Tuple.tuple(List.of(now, limit, perTenant, running.toArray(UUID[]::new),
                        attempts.toArray(Integer[]::new), perSubscription, now.plus(LEASE)))))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>(rows.size());
                    rows.forEach(row -> claimed.add(new Claimed(row.getUUID("id"), row.getUUID("subscription_id"),
                            row.getString("url"), row.getString("secret"), row.getString("previous_secret"),
                            row.getString("event_type"),
                            row.getString("payload"), row.getInteger("attempts"), row.getInteger("gone"),
                            row.getOffsetDateTime("created_at"))));
                    return claimed;
                });
    }

    /**
     * Keeps an attempt's outcome (counted by the delivery's state after it: delivered, retrying, failed); a receiver
     * gone for good ends its subscription.
     */
    public Uni<Void> record(Claimed delivery, Integer status, String error, Duration firstRetry) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        AttemptOutcome outcome = AttemptOutcome.of(delivery.attempts(), delivery.gone(), delivery.createdAt(), status,
                now, firstRetry);
        return pool.withTransaction(sql -> sql.preparedQuery("""
                                UPDATE webhook_delivery SET status = $2, gone = $3, next_attempt_at = $4,
                                       delivered_at = $5, last_status = $6, last_error = $7
                                WHERE id = $1""")
                        .execute(Tuple.tuple(Arrays.asList(delivery.id(), outcome.status().name(), outcome.gone(),
                                outcome.nextAttemptAt(), outcome.deliveredAt(), status, error)))
                        .chain(() -> outcome.subscriptionEnds() ? end(sql, delivery.subscriptionId())
                                : Uni.createFrom().voidItem()))
                .invoke(() -> attempts.increment(outcome.status().name().toLowerCase(java.util.Locale.ROOT)))
                .replaceWithVoid();
    }

    /** Ends a subscription and fails what was still on its way to it; in the caller's transaction. */
    private Uni<Void> end(SqlConnection sql, UUID subscriptionId) {
        return sql.preparedQuery("""
                        UPDATE webhook_subscription SET active = false, ended_at = coalesce(ended_at, now())
                        WHERE id = $1""")
                .execute(Tuple.of(subscriptionId))
                .chain(() -> sql.preparedQuery("""
                                UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL,
                                       last_error = 'the subscription ended'
                                WHERE subscription_id = $1 AND status = 'PENDING'""")
                        .execute(Tuple.of(subscriptionId)))
                .replaceWithVoid();
    }

    /** Ends a subscription of the tenant; false if it has none with that id. */
    public Uni<Boolean> end(String tenantId, UUID subscriptionId) {
        return pool.withTransaction(sql -> sql.preparedQuery(
                                "SELECT 1 FROM webhook_subscription WHERE tenant_id = $1 AND id = $2 FOR UPDATE")
                        .execute(Tuple.of(tenantId, subscriptionId))
                        .chain(found -> found.size() == 0 ? Uni.createFrom().item(false)
                                : end(sql, subscriptionId).replaceWith(true)));
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
