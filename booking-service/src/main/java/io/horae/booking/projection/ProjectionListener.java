package io.horae.booking.projection;

import io.horae.booking.lifecycle.BookingService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.catalog.ServiceChanged;
import io.horae.events.customer.CustomerCreated;
import io.horae.events.customer.CustomerErased;
import io.horae.events.customer.CustomerUpdated;
import io.horae.kernel.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.Set;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the service and customer snapshots from {@code horae.catalog} and {@code horae.customers}, once per event;
 * an erased customer's future bookings are cancelled and their details forgotten.
 */
@ApplicationScoped
public class ProjectionListener {
    private static final String CONSUMER = "booking-projections";
    private static final Set<String> CATALOG = Inbox.actsOn(ServiceChanged.TYPE);
    private static final Set<String> CUSTOMERS = Inbox.actsOn(CustomerCreated.TYPE, CustomerUpdated.TYPE,
            CustomerErased.TYPE);

    private final Inbox inbox;
    private final Snapshots snapshots;
    private final BookingService bookings;
    private final ObjectMapper mapper;

    public ProjectionListener(Inbox inbox, Snapshots snapshots, BookingService bookings, ObjectMapper mapper) {
        this.inbox = inbox;
        this.snapshots = snapshots;
        this.bookings = bookings;
        this.mapper = mapper;
    }

    @Incoming("catalog")
    public Uni<Void> onCatalog(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, CATALOG, record,
                event -> snapshots.service(event.tenantid(), event.dataAs(ServiceChanged.TYPE, mapper)));
    }

    @Incoming("customers")
    public Uni<Void> onCustomer(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, CUSTOMERS, record, this::applyCustomer);
    }

    private Uni<Void> applyCustomer(CloudEvent event) {
        if (CustomerCreated.TYPE.matches(event)) {
            return snapshots.customer(event.tenantid(), event.dataAs(CustomerCreated.TYPE, mapper));
        }
        if (CustomerUpdated.TYPE.matches(event)) {
            CustomerUpdated updated = event.dataAs(CustomerUpdated.TYPE, mapper);
            return snapshots.customer(event.tenantid(), new CustomerCreated(updated.customerId(), updated.firstName(),
                    updated.lastName(), updated.email(), updated.phone()));
        }
        if (CustomerErased.TYPE.matches(event)) {
            CustomerErased erased = event.dataAs(CustomerErased.TYPE, mapper);
            return bookings.cancelFutureOf(event.tenantid(), erased.customerId())
                    .chain(() -> snapshots.eraseCustomer(event.tenantid(), erased.customerId()));
        }
        return Uni.createFrom().voidItem();
    }
}
