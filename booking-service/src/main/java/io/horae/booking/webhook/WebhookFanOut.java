package io.horae.booking.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.booking.BookingCancelled;
import io.horae.events.booking.BookingClosed;
import io.horae.events.booking.BookingConfirmed;
import io.horae.events.booking.BookingCreated;
import io.horae.events.booking.BookingRejected;
import io.horae.events.booking.BookingRescheduled;
import io.horae.events.booking.WaitlistOffered;
import io.horae.events.catalog.FreeTimeChanged;
import io.horae.events.customer.CustomerCreated;
import io.horae.events.customer.CustomerErased;
import io.horae.events.customer.CustomerUpdated;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Turns every event a subscriber may want into the deliveries its subscribers want, once per event: bookings and the
 * waiting list, customers (ids only: a receiver asks for the details it may see) and resources' time off. An event
 * no subscription of its tenant wants costs one read and no transaction.
 */
@ApplicationScoped
public class WebhookFanOut {
    private static final String CONSUMER = "webhook-fan-out";
    private static final Set<String> ACTS_ON = Inbox.actsOn(BookingCreated.TYPE, BookingConfirmed.TYPE,
            BookingRejected.TYPE, BookingCancelled.TYPE, BookingRescheduled.TYPE, BookingClosed.TYPE,
            WaitlistOffered.TYPE, CustomerCreated.TYPE, CustomerUpdated.TYPE, CustomerErased.TYPE,
            FreeTimeChanged.TYPE);

    private final Inbox inbox;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper mapper;

    public WebhookFanOut(Inbox inbox, WebhookDeliveries deliveries, ObjectMapper mapper) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @Incoming("webhook-events")
    public Uni<Void> onEvent(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, ACTS_ON, record, event -> deliveries.wanted(event.tenantid(), event.type()),
                event -> {
                    try {
                        return deliveries.fanOut(event, mapper.writeValueAsString(event));
                    } catch (JsonProcessingException e) {
                        return Uni.createFrom().failure(e);
                    }
                });
    }
}
