package io.horae.booking.webhook;

import io.horae.booking.api.NewWebhookSubscription;
import io.horae.booking.api.WebhookSubscriptionView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/webhooks")
public class WebhookSubscriptionResource {
    public record DeliveryView(UUID id, UUID eventId, String eventType, WebhookDelivery.Status status, int attempts,
                               Integer lastStatus, String lastError, OffsetDateTime nextAttemptAt,
                               OffsetDateTime createdAt, OffsetDateTime deliveredAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.eventType, d.status, d.attempts, d.lastStatus, d.lastError,
                    d.nextAttemptAt, d.createdAt, d.deliveredAt);
        }
    }

    private final WebhookSubscriptionService subscriptions;
    private final WebhookDeliveries deliveries;
    private final TenantContext tenant;

    public WebhookSubscriptionResource(WebhookSubscriptionService subscriptions, WebhookDeliveries deliveries,
                                       TenantContext tenant) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> subscribe(@Valid @NotNull NewWebhookSubscription request) {
        return subscriptions.subscribe(tenant.id(), request)
                .map(s -> Response.created(URI.create("/api/v1/webhooks/" + s.id))
                        .entity(view(s, true)).build());
    }

    @GET
    public Uni<List<WebhookSubscriptionView>> list() {
        return subscriptions.list(tenant.id()).map(all -> all.stream().map(s -> view(s, false)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<WebhookSubscriptionView> get(@PathParam("id") UUID id) {
        return subscriptions.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("webhook subscription", id))
                .map(s -> view(s, false));
    }

    /** Ends the subscription: nothing more is sent to it; its delivery log stays readable. */
    @DELETE
    @Path("/{id}")
    public Uni<Response> unsubscribe(@PathParam("id") UUID id) {
        return subscriptions.unsubscribe(tenant.id(), id).map(found -> {
            if (!found) {
                throw ProblemException.notFound("webhook subscription", id);
            }
            return Response.noContent().build();
        });
    }

    /** The subscription's latest 100 deliveries, newest first: the delivery log. */
    /** Pauses the subscription: nothing is sent, what happens meanwhile waits for its resumption. */
    @POST
    @Path("/{id}/deactivation")
    public Uni<WebhookSubscriptionView> pause(@PathParam("id") UUID id) {
        return subscriptions.setActive(tenant.id(), id, false).map(s -> view(s, false));
    }

    /** Resumes a paused subscription; what waited is sent. */
    @POST
    @Path("/{id}/activation")
    public Uni<WebhookSubscriptionView> resume(@PathParam("id") UUID id) {
        return subscriptions.setActive(tenant.id(), id, true).map(s -> view(s, false));
    }

    /** A new signing secret, shown once; the old one signs beside it for a day. */
    @POST
    @Path("/{id}/secret-rotation")
    public Uni<WebhookSubscriptionView> rotate(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(tenant.id(), id).map(s -> view(s, true));
    }

    @GET
    @Path("/{id}/deliveries")
    public Uni<List<DeliveryView>> deliveries(@PathParam("id") UUID id) {
        return get(id).chain(s -> deliveries.of(tenant.id(), id))
                .map(all -> all.stream().map(DeliveryView::of).toList());
    }

    /** Sends a delivery again as soon as possible, whatever became of it. */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    public Uni<Response> replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return deliveries.replay(tenant.id(), id, deliveryId)
                .map(d -> Response.accepted(DeliveryView.of(d)).build());
    }

    private static WebhookSubscriptionView view(WebhookSubscription s, boolean withSecret) {
        return new WebhookSubscriptionView(s.id, s.url, List.of(s.eventTypes), s.active, s.createdAt, s.endedAt,
                withSecret ? s.secret : null, s.previousSecretUntil);
    }
}
