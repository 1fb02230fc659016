package io.horae.booking.webhook;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Sends due deliveries every second: each one signed ({@code Horae-Signature}), with its event type and delivery
 * id (receivers deduplicate by it: a delivery may arrive twice if the sender dies mid-attempt).
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    /** What one attempt came to: the receiver's status, or null and why it could not be reached. */
    private record Outcome(Integer status, String error) {
    }

    private final WebhookDeliveries deliveries;
    private final WebhookSettings settings;
    private final HttpClient http;

    public WebhookSender(WebhookDeliveries deliveries, WebhookSettings settings, Vertx vertx) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.http = vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions()
                .setConnectTimeout((int) settings.timeout().toMillis()));
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return deliveries.claimDue(settings.batch())
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUniAndMerge(this::attempt)
                        .collect().last())
                .onFailure().invoke(e -> LOG.warnf("webhook round failed, retrying next round: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> attempt(WebhookDeliveries.Claimed delivery) {
        String signature = Signatures.sign(delivery.secret(), Instant.now().getEpochSecond(), delivery.payload());
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(delivery.url())
                .setTimeout(settings.timeout().toMillis())
                .putHeader("Content-Type", "application/cloudevents+json; charset=UTF-8")
                .putHeader(Signatures.HEADER, signature)
                .putHeader("Horae-Event-Type", delivery.eventType())
                .putHeader("Horae-Delivery-Id", delivery.id().toString());
        return http.request(request)
                .chain(r -> r.send(Buffer.buffer(delivery.payload())))
                .chain(response -> response.body().replaceWith(response.statusCode()))
                .map(status -> new Outcome(status, status >= 300 ? "HTTP " + status : null))
                .onFailure().recoverWithItem(e -> new Outcome(null, String.valueOf(e.getMessage())))
                .chain(outcome -> deliveries.record(delivery.id(), outcome.status(), outcome.error(),
                        settings.firstRetry()));
    }
}
