package io.horae.compat.nativeapi;

import io.horae.booking.api.NewWebhookSubscription;
import io.horae.booking.api.WebhookSubscriptionView;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.List;
import java.util.UUID;

/** booking-service's webhook subscriptions for one caller, in booking-api's types. */
public final class Webhooks {
    private static final String WEBHOOKS = "/api/v1/webhooks";

    private final NativeApi.Calls calls;

    Webhooks(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /** The new subscription, with its signing secret (given only now). */
    public Future<WebhookSubscriptionView> subscribe(NewWebhookSubscription subscription) {
        return calls.send(HttpMethod.POST, WEBHOOKS, subscription, WebhookSubscriptionView.class);
    }

    /** Every subscription, ended ones too, without secrets. */
    public Future<List<WebhookSubscriptionView>> list() {
        return calls.sendForList(HttpMethod.GET, WEBHOOKS, null, WebhookSubscriptionView.class);
    }

    public Future<Void> end(UUID id) {
        return calls.send(HttpMethod.DELETE, WEBHOOKS + "/" + id, null);
    }
}
