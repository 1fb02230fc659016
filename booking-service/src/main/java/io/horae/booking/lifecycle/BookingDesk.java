package io.horae.booking.lifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.booking.activity.ActivityLog;
import io.horae.booking.activity.ActivityLog.Actor;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What the merchant's front desk does with a booking besides its life's steps: checks the customer in by the ticket
 * they show (the QR code), and corrects the note or the customer. Each leaves its activity.
 */
@ApplicationScoped
public class BookingDesk {
    /** What a merchant may correct on a booking (JSON merge patch); times and lines change by rescheduling. */
    public record Correction(@Size(max = 2000) String note, UUID customerId) {
        static Correction of(Booking b) {
            return new Correction(b.note, b.customerId);
        }
    }

    private final BookingService bookings;
    private final Tickets tickets;
    private final ActivityLog activities;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    public BookingDesk(BookingService bookings, Tickets tickets, ActivityLog activities, Patches patches) {
        this.bookings = bookings;
        this.tickets = tickets;
        this.activities = activities;
        this.patches = patches;
    }

    /**
     * The booking whose ticket was scanned, checked in: the ticket must be genuine and this merchant's, the booking
     * confirmed and not checked in before (409 says when it was).
     */
    @WithTransaction
    public Uni<Booking> checkIn(String tenantId, String ticket) {
        UUID id = tickets.verify(tenantId, ticket.strip())
                .orElseThrow(() -> ProblemException.badField("ticket", "is not a ticket of this merchant"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return bookings.locked(tenantId, id)
                .invoke(booking -> booking.checkIn(now))
                .call(booking -> activities.append(tenantId, id, "checked_in", booking.status.name(), Actor.MERCHANT,
                        null, now));
    }

    /** Corrects the note or the customer of a booking that has not ended. */
    @WithTransaction
    public Uni<Booking> correct(String tenantId, UUID id, ObjectNode patch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return bookings.locked(tenantId, id)
                .invoke(booking -> {
                    if (!booking.status.isOpen()) {
                        throw ProblemException.conflict("booking " + booking.reference + " is " + booking.status
                                + " and is kept as it ended");
                    }
                    Correction correction = patches.apply(Correction.of(booking), patch, Correction.class);
                    booking.note = correction.note();
                    booking.customerId = correction.customerId();
                    booking.updatedAt = now;
                })
                .call(booking -> activities.append(tenantId, id, "corrected", booking.status.name(), Actor.MERCHANT,
                        String.join(", ", patch.properties().stream().map(Map.Entry::getKey).toList()),
                        now));
    }
}
