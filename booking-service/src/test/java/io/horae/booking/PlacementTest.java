package io.horae.booking;

import io.horae.booking.placement.ClaimsInFlight;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.ReservationStatus;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** Placing bookings and moving them: the one claim call, its compensation and the claims left in flight. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
@QuarkusTestResource(CatalogueStandIn.class)
class PlacementTest extends BookingServiceTest {
    @Inject
    ClaimsInFlight claimsInFlight;

    @Test
    void bookingFromAHoldConfirmsTheHoldAndIsAnnounced() {
        String hold = ReservationsStandIn.held(resource, service, start);
        String id = api().body("{\"reservationId\":\"" + hold + "\",\"note\":\"window seat\"}").post("/api/v1/bookings")
                .then().statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("kind", equalTo("ONE_TO_ONE"))
                .body("reference", matchesPattern("B\\d{6}"))
                .body("ticket", matchesPattern("HB1\\." + tenant + "\\.[0-9a-f-]{36}\\.[A-Za-z0-9_-]{22}"))
                .body("lines[0].resourceId", equalTo(resource.toString()))
                .body("start", notNullValue())
                .extract().path("id");
        assertThat(ReservationsStandIn.status(hold)).isEqualTo("CONFIRMED");
        HoraeInfrastructure.topic("horae.bookings").await(r -> id.equals(r.key())
                && r.value().contains("booking.created.v1"), Duration.ofSeconds(30));
        api().get("/api/v1/bookings/" + id).then().statusCode(200).body("note", equalTo("window seat"));
        // the same hold cannot be booked twice
        api().body("{\"reservationId\":\"" + hold + "\"}").post("/api/v1/bookings").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aClaimWhoseBookingWasNeverCommittedIsReleasedAfterTheGrace() throws Exception {
        // a committed booking leaves nothing in flight, and its reservation stays confirmed past the grace
        String hold = ReservationsStandIn.held(resource, service, start);
        api().body("{\"reservationId\":\"" + hold + "\"}").post("/api/v1/bookings").then().statusCode(201);
        assertThat(sql("SELECT count(*) FROM claim_in_flight WHERE reservation_id = '" + hold + "'")).isZero();

        // booking-service died between claiming and committing its booking: the claim it wrote down stays
        UUID booking = UUID.randomUUID();
        String orphan = ReservationsStandIn.held(resource, service, start.plusDays(1));
        ReservationsStandIn.RESERVATIONS.computeIfPresent(UUID.fromString(orphan), (id, r) -> new ClaimedReservation(
                r.id(), ReservationStatus.CONFIRMED, null, booking, null, r.createdAt(), r.lines()));
        update("INSERT INTO claim_in_flight (reservation_id, tenant_id, booking_id, created_at) VALUES ('" + orphan
                + "', '" + tenant + "', '" + booking + "', now())");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "RELEASED".equals(ReservationsStandIn.status(orphan)));
        assertThat(sql("SELECT count(*) FROM claim_in_flight WHERE reservation_id = '" + orphan + "'")).isZero();
        assertThat(ReservationsStandIn.status(hold)).isEqualTo("CONFIRMED");
    }

    @Test
    void sweepsRunningAtOnceAsOnTwoReplicasReleaseEachAbandonedClaimOnce() throws Exception {
        List<UUID> abandoned = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID reservation = UUID.randomUUID();
            abandoned.add(reservation);
            update("INSERT INTO claim_in_flight (reservation_id, tenant_id, booking_id, created_at, given_up_at) VALUES ('"
                    + reservation + "', '" + tenant + "', '" + UUID.randomUUID() + "', now(), now())");
        }
        List<Uni<Void>> sweeps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sweeps.add(claimsInFlight.releaseAbandoned());
        }
        Uni.join().all(sweeps).andFailFast().await().atMost(Duration.ofSeconds(30));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> abandoned.stream()
                .allMatch(r -> "RELEASED".equals(ReservationsStandIn.status(r.toString()))));
        // the scheduled sweep may have taken some of them too: it forgets each one after its release is answered
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> sql("SELECT count(*) FROM claim_in_flight WHERE tenant_id = '" + tenant + "'") == 0);
        assertThat(abandoned).allSatisfy(r -> assertThat(ReservationsStandIn.RELEASES.get(r)).isEqualTo(1));
    }

    @Test
    void aClaimThatTakesTooLongIsGivenBackAndTheClientToldNothingWasBooked() throws Exception {
        java.util.Set<UUID> before = java.util.Set.copyOf(ReservationsStandIn.RESERVATIONS.keySet());
        ReservationsStandIn.claimDelayMillis = 3000;
        try {
            api().body(oneStep(start.plusDays(5))).post("/api/v1/bookings").then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            ReservationsStandIn.claimDelayMillis = 0;
        }
        // the release came first and forestalled the claim, which arrived later and was refused: nothing is claimed
        Thread.sleep(2000);
        assertThat(ReservationsStandIn.RESERVATIONS.entrySet()).filteredOn(e -> !before.contains(e.getKey()))
                .isNotEmpty().allMatch(e -> e.getValue().status() == ReservationStatus.RELEASED);
        assertThat(sql("SELECT count(*) FROM booking WHERE tenant_id = '" + tenant + "'")).isZero();
        assertThat(sql("SELECT count(*) FROM claim_in_flight WHERE tenant_id = '" + tenant + "'")).isZero();
    }

    @Test
    void oneStepBookingHoldsAndConfirmsAndPassesOnATakenSlotWithNextStarts() {
        api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED"));
        ReservationsStandIn.taken = true;
        api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(409)
                .body("nextStarts[0].start", equalTo("2030-01-01T10:00:00Z"));
    }

    @Test
    void aServiceTheProjectionDoesNotKnowYetIsPricedAndNamedAsTheCatalogueHasIt() {
        // created a moment ago: its catalogue event has not reached booking-service
        UUID fresh = CatalogueStandIn.offer(Map.of("cs", "Masáž", "en", "Massage"), "Masáž", new BigDecimal("40.00"),
                "CZK");
        api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + fresh + "\",\"start\":\""
                        + start.plusDays(3) + "\"}]}").post("/api/v1/bookings").then().statusCode(201)
                .body("price", equalTo(40.0f)).body("currency", equalTo("CZK"))
                .body("lines[0].serviceName", equalTo("Masáž"));
    }

    @Test
    void retriesWithOneIdempotencyKeyBookOnce() {
        String key = UUID.randomUUID().toString();
        String first = api().header("Idempotency-Key", key).body(oneStep(start)).post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        String second = api().header("Idempotency-Key", key).body(oneStep(start)).post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
        api().get("/api/v1/bookings").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void rescheduleConfirmsTheNewHoldAndAnnouncesBoth() {
        String id = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        String from = api().get("/api/v1/bookings/" + id).then().extract().path("reservationId");
        OffsetDateTime later = start.plusDays(1);
        String to = api().body("{\"start\":\"" + later + "\"}").post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .extract().path("reservationId");
        assertThat(to).isNotEqualTo(from);
        assertThat(ReservationsStandIn.status(to)).isEqualTo("CONFIRMED");
        assertThat(OffsetDateTime.parse(api().get("/api/v1/bookings/" + id).then().extract().path("start"))
                .toInstant()).isEqualTo(later.toInstant());
        HoraeInfrastructure.topic("horae.bookings").await(r -> id.equals(r.key())
                && r.value().contains("booking.rescheduled.v1") && r.value().contains(from) && r.value().contains(to),
                Duration.ofSeconds(30));
        // to a hold the client took (Qmatic)
        String hold = ReservationsStandIn.held(resource, service, start.plusDays(2));
        api().body("{\"reservationId\":\"" + hold + "\"}").post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(200).body("reservationId", equalTo(hold));
        api().body("{}").post("/api/v1/bookings/" + id + "/reschedule").then().statusCode(400);
    }

}
