package io.horae.reservations.productreservation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a product reservation, numbered as CareCloud numbers them, and which may follow which. Cancelled,
 * delivered and not picked up are final; cancelling or a missed pickup returns the stock.
 */
public enum PickupState {
    CANCELLED(0), ENTERED(1), ACCEPTED(2), READY(3), DELIVERED(4), IN_PROGRESS(5), NOT_PICKED_UP(6), ORDERED(7),
    BEING_SOLVED(8);

    private final int code;

    PickupState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PickupState of(int code) {
        for (PickupState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        throw new IllegalArgumentException("no state " + code);
    }

    public Set<PickupState> next() {
        return switch (this) {
            case ENTERED -> EnumSet.of(ACCEPTED, IN_PROGRESS, ORDERED, BEING_SOLVED, READY, CANCELLED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, ORDERED, BEING_SOLVED, READY, CANCELLED);
            case IN_PROGRESS, ORDERED -> EnumSet.of(READY, BEING_SOLVED, CANCELLED);
            case BEING_SOLVED -> EnumSet.of(ACCEPTED, IN_PROGRESS, ORDERED, READY, CANCELLED);
            case READY -> EnumSet.of(DELIVERED, NOT_PICKED_UP, CANCELLED);
            case CANCELLED, DELIVERED, NOT_PICKED_UP -> EnumSet.noneOf(PickupState.class);
        };
    }

    public boolean canBecome(PickupState next) {
        return next().contains(next);
    }

    /** Whether reaching this state gives the reserved stock back. */
    public boolean returnsStock() {
        return this == CANCELLED || this == NOT_PICKED_UP;
    }
}
