package io.horae.booking.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Turns every booking event into the deliveries its subscribers want, once per event. */
@ApplicationScoped
public class WebhookFanOut {
    private static final String CONSUMER = "webhook-fan-out";

    private final Inbox inbox;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper mapper;

    public WebhookFanOut(Inbox inbox, WebhookDeliveries deliveries, ObjectMapper mapper) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @Incoming("booking-events")
    public Uni<Void> onBookingEvent(String record) {
        return inbox.receive(CONSUMER, record, event -> {
            try {
                return deliveries.fanOut(event, mapper.writeValueAsString(event));
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
        });
    }
}
