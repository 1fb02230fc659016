package io.horae.reservations.productreservation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class PickupStateTest {

    @ParameterizedTest
    @CsvSource({
            "ENTERED, ACCEPTED, true", "ENTERED, READY, true", "ACCEPTED, READY, true", "READY, DELIVERED, true",
            "READY, NOT_PICKED_UP, true", "BEING_SOLVED, ACCEPTED, true", "ORDERED, READY, true",
            "ENTERED, DELIVERED, false", "ACCEPTED, ENTERED, false", "DELIVERED, CANCELLED, false",
            "CANCELLED, ENTERED, false", "NOT_PICKED_UP, READY, false", "READY, ACCEPTED, false"})
    void onlyTheseStepsAreAllowed(PickupState from, PickupState to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(PickupState.class)
    void codesAreCareCloudsAndRoundTrip(PickupState state) {
        assertThat(PickupState.of(state.code())).isEqualTo(state);
        assertThat(state.code()).isBetween(0, 8);
    }

    @ParameterizedTest
    @CsvSource({"CANCELLED, true", "NOT_PICKED_UP, true", "DELIVERED, false", "READY, false"})
    void cancellingOrAMissedPickupGivesTheStockBack(PickupState state, boolean returns) {
        assertThat(state.returnsStock()).isEqualTo(returns);
    }
}
