package io.horae.booking.webhook;

import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
    public record NewSubscription(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = "[a-z]+(\\.[a-z_]+)+\\.v[0-9]+",
                    message = "must be an event type such as booking.cancelled.v1") String> eventTypes) {
    }

    /**
     * The secret is returned only when the subscription is created or its secret rotated; {@code active} false while
     * paused, {@code endedAt} once ended.
     */
    public record SubscriptionView(UUID id, String url, List<String> eventTypes, boolean active,
                                   OffsetDateTime createdAt, OffsetDateTime endedAt, String secret,
                                   OffsetDateTime previousSecretUntil) {
        static SubscriptionView of(WebhookSubscription s, boolean withSecret) {
            return new SubscriptionView(s.id, s.url, List.of(s.eventTypes), s.active, s.createdAt, s.endedAt,
                    withSecret ? s.secret : null, s.previousSecretUntil);
        }
    }

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
    public Uni<Response> subscribe(@Valid @NotNull NewSubscription request) {
        return subscriptions.subscribe(tenant.id(), request)
                .map(s -> Response.created(URI.create("/api/v1/webhooks/" + s.id))
                        .entity(SubscriptionView.of(s, true)).build());
    }

    @GET
    public Uni<List<SubscriptionView>> list() {
        return subscriptions.list(tenant.id()).map(all -> all.stream().map(s -> SubscriptionView.of(s, false)).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<SubscriptionView> get(@PathParam("id") UUID id) {
        return subscriptions.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("webhook subscription", id))
                .map(s -> SubscriptionView.of(s, false));
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
    public Uni<SubscriptionView> pause(@PathParam("id") UUID id) {
        return subscriptions.setActive(tenant.id(), id, false).map(s -> SubscriptionView.of(s, false));
    }

    /** Resumes a paused subscription; what waited is sent. */
    @POST
    @Path("/{id}/activation")
    public Uni<SubscriptionView> resume(@PathParam("id") UUID id) {
        return subscriptions.setActive(tenant.id(), id, true).map(s -> SubscriptionView.of(s, false));
    }

    /** A new signing secret, shown once; the old one signs beside it for a day. */
    @POST
    @Path("/{id}/secret-rotation")
    public Uni<SubscriptionView> rotate(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(tenant.id(), id).map(s -> SubscriptionView.of(s, true));
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
}
