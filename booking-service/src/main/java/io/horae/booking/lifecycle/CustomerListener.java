package io.horae.booking.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.booking.projection.Snapshots;
import io.horae.events.CloudEvent;
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
 * Follows {@code horae.customers}, once per event: the customer snapshot bookings show is kept, and an erased
 * customer's future bookings are cancelled and their details forgotten.
 */
@ApplicationScoped
public class CustomerListener {
    private static final String CONSUMER = "booking-projections";
    private static final Set<String> CUSTOMERS = Inbox.actsOn(CustomerCreated.TYPE, CustomerUpdated.TYPE,
            CustomerErased.TYPE);

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
        if (CustomerCreated.TYPE.matches(event)) {
            return snapshots.customer(event.tenantid(), event.dataAs(CustomerCreated.TYPE, mapper));
        }
        if (CustomerUpdated.TYPE.matches(event)) {
            CustomerUpdated updated = event.dataAs(CustomerUpdated.TYPE, mapper);
            return snapshots.customer(event.tenantid(), new CustomerCreated(updated.customerId(), updated.firstName(),
                    updated.lastName(), updated.email(), updated.phone()));
        }
        CustomerErased erased = event.dataAs(CustomerErased.TYPE, mapper);
        return bookings.cancelFutureOf(event.tenantid(), erased.customerId())
                .chain(() -> snapshots.eraseCustomer(event.tenantid(), erased.customerId()));
    }
}
