package io.horae.booking.lifecycle;

import io.horae.booking.api.Actor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.booking.activity.ActivityLog;
import io.horae.booking.api.Actor;
import io.horae.booking.customer.BookingValues;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
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
    public record Correction(@Size(max = 2000) String note, UUID customerId,
                             @Size(max = 100) Map<@NotNull String, JsonNode> customValues) {
        static Correction of(Booking b) {
            return new Correction(b.note, b.customerId, MAPPER.convertValue(b.customValues(), VALUES));
        }
    }

    private static final TypeReference<Map<String, JsonNode>> VALUES = new TypeReference<>() { };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BookingService bookings;
    private final Tickets tickets;
    private final ActivityLog activities;
    private final Patches patches;
    private final BookingValues values;
    private final Clock clock = Clock.systemUTC();

    public BookingDesk(BookingService bookings, Tickets tickets, ActivityLog activities, Patches patches,
                       BookingValues values) {
        this.values = values;
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

    /**
     * Corrects the note, the customer or the custom values of a booking that has not ended. Custom values are checked
     * by customer-service against the definitions of scope BOOKING before the booking is locked and changed.
     */
    public Uni<Booking> correct(String tenantId, UUID id, ObjectNode patch) {
        return Panache.withSession(() -> bookings.existing(tenantId, id))
                .map(booking -> patches.apply(Correction.of(booking), patch, Correction.class))
                .chain(correction -> (patch.has("customValues") ? values.checked(tenantId, correction.customValues())
                        : Uni.createFrom().<Map<String, Object>>nullItem())
                        .chain(checked -> Panache.withTransaction(() -> corrected(tenantId, id, patch, correction,
                                checked))));
    }

    /**
     * The correction made under the booking's lock: the patch is applied again to the booking as it is now, so a change
     * made meanwhile is not undone. {@code checked}: the custom values customer-service checked from {@code asked},
     * null when the patch names none; if the booking's values changed since, the correction is refused (409).
     */
    private Uni<Booking> corrected(String tenantId, UUID id, ObjectNode patch, Correction asked,
                                   Map<String, Object> checked) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return bookings.locked(tenantId, id)
                .invoke(booking -> {
                    if (!booking.status.isOpen()) {
                        throw ProblemException.conflict("booking " + booking.reference + " is " + booking.status
                                + " and is kept as it ended");
                    }
                    Correction correction = patches.apply(Correction.of(booking), patch, Correction.class);
                    if (checked != null && !correction.customValues().equals(asked.customValues())) {
                        throw ProblemException.conflict("the custom values of booking " + booking.reference
                                + " changed while the new ones were checked; send the change again");
                    }
                    booking.note = correction.note();
                    booking.customerId = correction.customerId();
                    if (checked != null) {
                        booking.customValues(checked);
                    }
                    booking.updatedAt = now;
                })
                .call(booking -> activities.append(tenantId, id, "corrected", booking.status.name(), Actor.MERCHANT,
                        String.join(", ", patch.properties().stream().map(Map.Entry::getKey).toList()),
                        now));
    }
}
