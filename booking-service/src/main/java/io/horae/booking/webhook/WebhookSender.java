package io.horae.booking.webhook;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due deliveries: each one signed ({@code Horae-Signature}), with its event type and delivery id (receivers
 * deduplicate by it: a delivery may arrive twice if the sender dies mid-attempt). Up to {@code in-flight} attempts
 * run at once, at most {@code in-flight-per-subscription} of one subscription, so a slow receiver holds only its
 * own; each round takes at most {@code per-tenant-per-round} of one tenant. A round runs every second and again
 * whenever an attempt ends. An attempt connects only to the address {@link WebhookTargets} checked, ends after
 * {@code timeout} in all, and reads at most {@value #ANSWER_READ_LIMIT} bytes of the answer.
 */
@ApplicationScoped
public class WebhookSender {
    /** Bytes of a receiver's answer read at most; past them the connection is closed. */
    static final int ANSWER_READ_LIMIT = 4096;
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookDeliveries deliveries;
    private final WebhookTargets targets;
    private final WebhookSettings settings;
    private final HttpClient http;
    private final Map<UUID, AtomicInteger> running = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();

    public WebhookSender(WebhookDeliveries deliveries, WebhookTargets targets, WebhookSettings settings, Vertx vertx) {
        this.deliveries = deliveries;
        this.targets = targets;
        this.settings = settings;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis())
                .setMaxPoolSize(settings.inFlightPerSubscription()));
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return round();
    }

    /** Claims as many due deliveries as there is room for and starts them; one round at a time. */
    private Uni<Void> round() {
        int room = settings.inFlight() - inFlight.get();
        if (room <= 0 || !claiming.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> subscriptions = List.copyOf(running.keySet());
        List<Integer> attempts = subscriptions.stream().map(s -> running.getOrDefault(s, new AtomicInteger()).get())
                .toList();
        return deliveries.claimDue(room, settings.perTenantPerRound(), settings.inFlightPerSubscription(),
                        subscriptions, attempts)
                .invoke(claimed -> claimed.forEach(this::start))
                .onFailure().invoke(e -> LOG.warnf("webhook round failed, retrying next round: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .eventually(() -> claiming.set(false))
                .replaceWithVoid();
    }

    private void start(WebhookDeliveries.Claimed delivery) {
        inFlight.incrementAndGet();
        running.computeIfAbsent(delivery.subscriptionId(), s -> new AtomicInteger()).incrementAndGet();
        attempt(delivery)
                .eventually(() -> {
                    inFlight.decrementAndGet();
                    running.computeIfPresent(delivery.subscriptionId(), (s, n) -> n.decrementAndGet() == 0 ? null : n);
                })
                .chain(this::round)
                .subscribe().with(done -> { }, e -> LOG.warnf("webhook attempt not recorded: %s", e.getMessage()));
    }

    private Uni<Void> attempt(WebhookDeliveries.Claimed delivery) {
        return targets.resolve(delivery.url())
                .chain(target -> post(target, delivery))
                .map(status -> new Outcome(status, status >= 300 ? "HTTP " + status : null))
                .onFailure().recoverWithItem(Outcome::of)
                .chain(outcome -> deliveries.record(delivery, outcome.status(), outcome.error(),
                        settings.firstRetry()));
    }

    private Uni<Integer> post(WebhookTargets.Target target, WebhookDeliveries.Claimed delivery) {
        String signature = Signatures.sign(delivery.secret(), delivery.previousSecret(),
                Instant.now().getEpochSecond(), delivery.payload());
        String path = target.url().getRawPath() == null || target.url().getRawPath().isEmpty() ? "/"
                : target.url().getRawPath();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.url().getHost())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.url().getRawQuery() == null ? path : path + "?" + target.url().getRawQuery())
                .putHeader("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .putHeader(Signatures.HEADER, signature)
                .putHeader("Horae-Event-Type", delivery.eventType())
                .putHeader("Horae-Delivery-Id", delivery.id().toString());
        return http.request(request)
                .chain(sending -> sending.send(Buffer.buffer(delivery.payload()))
                        .chain(WebhookSender::answered)
                        .onCancellation().invoke(() -> sending.reset()))
                .ifNoItem().after(settings.timeout()).fail();
    }

    /** The answer's status once its body ended, or once {@value #ANSWER_READ_LIMIT} bytes of it were read. */
    private static Uni<Integer> answered(HttpClientResponse response) {
        io.vertx.core.http.HttpClientResponse answer = response.getDelegate();
        return Uni.createFrom().emitter(done -> {
            long[] read = {0};
            answer.exceptionHandler(done::fail);
            answer.endHandler(end -> done.complete(answer.statusCode()));
            answer.handler(chunk -> {
                read[0] += chunk.length();
                if (read[0] > ANSWER_READ_LIMIT) {
                    answer.handler(null).endHandler(null).exceptionHandler(null);
                    answer.request().reset();
                    done.complete(answer.statusCode());
                }
            });
        });
    }

    /** What one attempt came to: the receiver's status, or null and why it could not be reached. */
    private record Outcome(Integer status, String error) {
        /** A failure in words that tell the tenant what happened, but nothing of the network beyond its receiver. */
        static Outcome of(Throwable failure) {
            if (failure instanceof WebhookTargets.Refused) {
                return new Outcome(null, failure.getMessage());
            }
            return new Outcome(null, failure instanceof TimeoutException ? "no answer in time"
                    : "could not reach the receiver");
        }
    }
}
