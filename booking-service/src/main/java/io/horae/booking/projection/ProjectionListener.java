package io.horae.booking.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.catalog.ServiceChanged;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;

/** Keeps the service snapshots from {@code horae.catalog}, once per event (customers: lifecycle.CustomerListener). */
@ApplicationScoped
public class ProjectionListener {
    private static final String CONSUMER = "booking-projections";
    private static final Set<String> CATALOG = Inbox.actsOn(ServiceChanged.TYPE);

    private final Inbox inbox;
    private final Snapshots snapshots;
    private final ObjectMapper mapper;

    public ProjectionListener(Inbox inbox, Snapshots snapshots, ObjectMapper mapper) {
        this.inbox = inbox;
        this.snapshots = snapshots;
        this.mapper = mapper;
    }

    @Incoming("catalog")
    public Uni<Void> onCatalog(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, CATALOG, record,
                event -> snapshots.service(event.tenantid(), event.dataAs(ServiceChanged.TYPE, mapper)));
    }
}
