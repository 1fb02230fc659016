package io.horae.booking.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.booking.projection.Snapshots;
import io.horae.events.CloudEvent;
import io.horae.events.customer.CustomerErased;
import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/**
 * Follows {@code horae.customers}, once per event: an erased customer's future bookings are cancelled, and their
 * details and every Idempotency-Key answer that carried them forgotten. The details themselves come from
 * {@code horae.customer-profiles} ({@code projection.CustomerProfiles}).
 */
@ApplicationScoped
public class CustomerListener {
    private static final String CONSUMER = "booking-projections";
    private static final Set<String> CUSTOMERS = Inbox.actsOn(CustomerErased.TYPE);

    private final Inbox inbox;
    private final Snapshots snapshots;
    private final BookingService bookings;
    private final ObjectMapper mapper;

    public CustomerListener(Inbox inbox, Snapshots snapshots, BookingService bookings, ObjectMapper mapper) {
        this.inbox = inbox;
        this.snapshots = snapshots;
        this.bookings = bookings;
        this.mapper = mapper;
    }

    @Incoming("customers")
    public Uni<Void> onCustomer(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, CUSTOMERS, record, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        CustomerErased erased = event.dataAs(CustomerErased.TYPE, mapper);
        return bookings.cancelFutureOf(event.tenantid(), erased.customerId())
                .chain(() -> Idempotency.forgetAnswersMentioning(event.tenantid(), erased.customerId().toString()))
                .chain(() -> snapshots.forgetCustomer(erased.customerId()));
    }
}
