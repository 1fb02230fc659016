package io.horae.booking.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a booking stands. A booking waits either for the merchant ({@code PENDING_CONFIRMATION}) or for its payment
 * ({@code PENDING_PAYMENT}, until its hold expires), is {@code CONFIRMED}, and ends {@code REJECTED},
 * {@code CANCELLED}, {@code NO_SHOW} or {@code COMPLETED}. Any other move is refused.
 */
@RegisterForReflection
public enum BookingStatus {
    PENDING_CONFIRMATION, PENDING_PAYMENT, CONFIRMED, REJECTED, CANCELLED, NO_SHOW, COMPLETED;

    private static final Map<BookingStatus, Set<BookingStatus>> NEXT = Map.of(
            PENDING_CONFIRMATION, EnumSet.of(CONFIRMED, REJECTED, CANCELLED),
            PENDING_PAYMENT, EnumSet.of(CONFIRMED, CANCELLED),
            CONFIRMED, EnumSet.of(CANCELLED, NO_SHOW, COMPLETED),
            REJECTED, EnumSet.noneOf(BookingStatus.class),
            CANCELLED, EnumSet.noneOf(BookingStatus.class),
            NO_SHOW, EnumSet.noneOf(BookingStatus.class),
            COMPLETED, EnumSet.noneOf(BookingStatus.class));

    public boolean mayBecome(BookingStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isPending() {
        return this == PENDING_CONFIRMATION || this == PENDING_PAYMENT;
    }

    /** Whether the booking still holds its time: it may be cancelled or moved. */
    public boolean isOpen() {
        return isPending() || this == CONFIRMED;
    }
}
