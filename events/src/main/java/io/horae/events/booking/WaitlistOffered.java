package io.horae.events.booking;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A freed slot was held for the first customer on its waiting list until {@code expiresAt}: they book it with
 * {@code reservationId}, or it passes to the next in line.
 */
@RegisterForReflection
public record WaitlistOffered(UUID entryId, UUID customerId, UUID reservationId, OffsetDateTime expiresAt) {
    public static final EventType<WaitlistOffered> TYPE =
            new EventType<>("waitlist.offered.v1", Topics.BOOKINGS, WaitlistOffered.class);
}
