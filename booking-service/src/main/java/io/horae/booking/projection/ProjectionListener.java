package io.horae.booking.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.booking.booking.BookingService;
import io.horae.events.CloudEvent;
import io.horae.events.catalog.ServiceChanged;
import io.horae.events.customer.CustomerCreated;
import io.horae.events.customer.CustomerErased;
import io.horae.events.customer.CustomerUpdated;
import io.horae.kernel.inbox.Inbox;
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
    public Uni<Void> onCatalog(String record) {
        return inbox.receive(CONSUMER, record, event -> ServiceChanged.TYPE.matches(event)
                ? snapshots.service(event.tenantid(), event.dataAs(ServiceChanged.TYPE, mapper))
                : Uni.createFrom().voidItem());
    }

    @Incoming("customers")
    public Uni<Void> onCustomer(String record) {
        return inbox.receive(CONSUMER, record, this::applyCustomer);
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
