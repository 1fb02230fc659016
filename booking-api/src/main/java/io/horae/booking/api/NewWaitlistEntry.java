package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer joining the line for a time slot ({@code resourceId}, {@code serviceId}, {@code start}), {@code seats}
 * in a class ({@code classId}) or a course ({@code courseId}: a class series, waited for as a whole).
 */
@RegisterForReflection
public record NewWaitlistEntry(@NotNull UUID customerId, UUID resourceId, UUID serviceId, OffsetDateTime start,
                               UUID classId, UUID courseId, @Min(1) @Max(1000) Integer seats) {
    public static NewWaitlistEntry forSlot(UUID customer, UUID resource, UUID service, OffsetDateTime start) {
        return new NewWaitlistEntry(customer, resource, service, start, null, null, null);
    }

    public static NewWaitlistEntry forClass(UUID customer, UUID classId, Integer seats) {
        return new NewWaitlistEntry(customer, null, null, null, classId, null, seats);
    }

    public static NewWaitlistEntry forCourse(UUID customer, UUID course) {
        return new NewWaitlistEntry(customer, null, null, null, null, course, null);
    }
}
