package io.horae.reservations.hold;

import io.horae.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00Z");

    @Test
    void aHoldIsConfirmedOnceForItsBookingAndRefusedForAnother() {
        Reservation hold = held(NOW.plusMinutes(10));
        UUID booking = UUID.randomUUID();
        assertThat(hold.confirm(booking, NOW)).isTrue();
        assertThat(hold.confirm(booking, NOW)).as("the same booking again changes nothing").isFalse();
        assertThatThrownBy(() -> hold.confirm(UUID.randomUUID(), NOW)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("for another booking");
    }

    @Test
    void aHoldPastItsTtlCannotBeConfirmedAndExpiresOnlyThen() {
        Reservation hold = held(NOW);
        assertThatThrownBy(() -> hold.confirm(UUID.randomUUID(), NOW)).hasMessageContaining("expired");
        assertThat(held(NOW.plusSeconds(1)).expire(NOW)).isFalse();
        assertThat(hold.expire(NOW)).isTrue();
        assertThat(hold.status).isEqualTo(Reservation.Status.EXPIRED);
        assertThat(hold.release(NOW)).as("an expired hold has nothing to release").isFalse();
    }

    @Test
    void releasingTwiceChangesNothingTheSecondTime() {
        Reservation hold = held(NOW.plusMinutes(10));
        hold.confirm(UUID.randomUUID(), NOW);
        assertThat(hold.release(NOW)).isTrue();
        assertThat(hold.release(NOW)).isFalse();
        assertThatThrownBy(() -> hold.confirm(UUID.randomUUID(), NOW)).hasMessageContaining("released");
        assertThat(hold.expire(NOW.plusHours(1))).isFalse();
    }

    private static Reservation held(OffsetDateTime expiresAt) {
        Reservation reservation = new Reservation();
        reservation.id = UUID.randomUUID();
        reservation.status = Reservation.Status.HELD;
        reservation.expiresAt = expiresAt;
        return reservation;
    }
}
