package io.horae.events.customer;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.LocalDate;
import java.util.UUID;

/** A customer's pass was assigned, used, had a use returned, or was paused. */
@RegisterForReflection
public record PassChanged(UUID customerId, UUID customerPassId, Change change, int entriesLeft, LocalDate validUntil,
                          String reference) {
    public enum Change { ASSIGNED, USED, USE_RETURNED, PAUSED }

    public static final EventType<PassChanged> TYPE =
            new EventType<>("customer.pass_changed.v1", Topics.CUSTOMERS, PassChanged.class);
}
