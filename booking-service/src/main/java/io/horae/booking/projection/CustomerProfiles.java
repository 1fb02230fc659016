package io.horae.booking.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.customer.CustomerProfile;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Follows the compacted {@code horae.customer-profiles}: each customer's details, which booking views and e-mails
 * show, kept as they are now; a tombstone (erasure) forgets them. Applying a profile twice changes nothing, so no
 * inbox is needed.
 */
@ApplicationScoped
public class CustomerProfiles {
    private final Snapshots snapshots;
    private final ObjectMapper mapper;

    public CustomerProfiles(Snapshots snapshots, ObjectMapper mapper) {
        this.snapshots = snapshots;
        this.mapper = mapper;
    }

    @Incoming("customer-profiles")
    public Uni<Void> onProfile(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return snapshots.forgetCustomer(UUID.fromString(record.key()));
        }
        try {
            CloudEvent event = mapper.readValue(record.value(), CloudEvent.class);
            return CustomerProfile.TYPE.matches(event)
                    ? snapshots.customer(event.tenantid(), event.dataAs(CustomerProfile.TYPE, mapper))
                    : Uni.createFrom().voidItem();
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a CloudEvent on the profile topic", e));
        }
    }
}
