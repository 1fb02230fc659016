package io.horae.access;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTest {
    @Test
    void everyPathAServiceServesIsGuardedByOneScope() {
        assertThat(Routes.guarding("/api/v1/customers/42/credit").orElseThrow().requiredScope("POST"))
                .isEqualTo("customers:write");
        assertThat(Routes.guarding("/api/v1/availability/combinations").orElseThrow().requiredScope("POST"))
                .isEqualTo("catalog:read");
        assertThat(Routes.guarding("/api/v1/availability/bookable").orElseThrow().requiredScope("POST"))
                .isEqualTo("reservations:read");
        assertThat(Routes.guarding("/internal/v1/reservations/1").orElseThrow().requiredScope("PUT"))
                .isEqualTo("reservations:write");
        assertThat(Routes.find("/internal/v1/reservations/1")).isEmpty();
        assertThat(Routes.guarding("/api/v1/unknown")).isEmpty();
        assertThat(Routes.guarding("/api/v1/customersX")).isEmpty();
    }

    @Test
    void aCallReachesItsServiceAndThoseItAsksOnTheSameToken() {
        assertThat(Routes.audience("reservations")).containsExactly("reservations-service", "availability-service");
        assertThat(Routes.audience("booking")).containsExactly("booking-service");
    }

    @Test
    void bookingsKeySignsOnlyWhatBookingDoes() {
        assertThat(Signers.mayReach("booking", Set.of("reservations:write"), "reservations-service")).isTrue();
        assertThat(Signers.mayReach("booking", Set.of("customers:write"), "customer-service")).isTrue();
        assertThat(Signers.mayReach("booking", Set.of("admin"), "customer-service")).isFalse();
        assertThat(Signers.mayReach("booking", Set.of("reservations:write"), "booking-service")).isFalse();
        assertThat(Signers.mayReach("gateway", Set.of("platform"), "booking-service")).isTrue();
        assertThat(Signers.mayReach("someone", Set.of(), "customer-service")).isFalse();
        assertThat(Signers.mayReach("reservations", Set.of("customers:read"), "customer-service")).isTrue();
        assertThat(Signers.mayReach("reservations", Set.of("customers:write"), "customer-service")).isFalse();
        assertThat(Signers.mayReach("reservations", Set.of("customers:read"), "booking-service")).isFalse();
    }
}
