package io.horae.reservations.reservation;

import io.horae.claims.ReservationStatus;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00Z");

    @Test
    void aHoldExpiresOnlyOnceItsTtlHasPassed() {
        Reservation hold = held(NOW);
        assertThat(held(NOW.plusSeconds(1)).expire(NOW)).isFalse();
        assertThat(hold.expire(NOW)).isTrue();
        assertThat(hold.status).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(hold.release(NOW)).as("an expired hold has nothing to release").isFalse();
    }

    @Test
    void releasingTwiceChangesNothingTheSecondTime() {
        Reservation hold = held(NOW.plusMinutes(10));
        assertThat(hold.release(NOW)).isTrue();
        assertThat(hold.release(NOW)).isFalse();
        assertThat(hold.expire(NOW.plusHours(1))).isFalse();
    }

    @Test
    void aConfirmedReservationNeverExpires() {
        Reservation confirmed = held(null);
        confirmed.status = ReservationStatus.CONFIRMED;
        assertThat(confirmed.expire(NOW.plusYears(1))).isFalse();
        assertThat(confirmed.release(NOW)).isTrue();
    }

    private static Reservation held(OffsetDateTime expiresAt) {
        Reservation reservation = new Reservation();
        reservation.id = UUID.randomUUID();
        reservation.status = ReservationStatus.HELD;
        reservation.expiresAt = expiresAt;
        return reservation;
    }
}
