package io.horae.booking;

import io.horae.events.catalog.ServiceChanged;
import io.horae.events.customer.CustomerProfile;
import io.horae.events.customer.CustomerErased;
import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationExpired;
import io.horae.events.reservation.ReservationReleased;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.component.VEvent;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class BookingTest extends BookingServiceTest {
    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @Inject
    io.horae.booking.link.Links linkSigner;

    @Test
    void aServiceThatNeedsConfirmationWaitsForTheMerchant() throws Exception {
        publish(ServiceChanged.TYPE, service, new ServiceChanged(service, Map.of("en", "Massage"), "en", 60, 1,
                new BigDecimal("40.00"), "EUR", new BigDecimal("0.21"), true, null, null, true, null, null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM service_snapshot WHERE service_id = '" + service + "'") == 1);

        String id = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201)
                .body("status", equalTo("PENDING_CONFIRMATION"))
                .body("price", equalTo(40.0f)).body("currency", equalTo("EUR"))
                .body("lines[0].serviceName", equalTo("Massage"))
                .extract().path("id");
        api().post("/api/v1/bookings/" + id + "/confirmation").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        api().post("/api/v1/bookings/" + id + "/confirmation").then().statusCode(409);
        api().post("/api/v1/bookings/" + id + "/rejection").then().statusCode(409);

        String other = api().body(oneStep(start.plusHours(2))).post("/api/v1/bookings").then().statusCode(201)
                .extract().path("id");
        api().body("{\"reason\":\"closed that day\"}").post("/api/v1/bookings/" + other + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("statusReason", equalTo("closed that day"));
        HoraeInfrastructure.topic("horae.bookings").await(r -> other.equals(r.key())
                && r.value().contains("booking.rejected.v1"), Duration.ofSeconds(30));
    }

    @Test
    void cancellingReleasesThroughAnEventAndTheCustomerCutOffHolds() {
        String soon = api().body(oneStep(OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS)))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().body("{\"by\":\"CUSTOMER\"}").post("/api/v1/bookings/" + soon + "/cancellation").then().statusCode(409);
        api().body("{\"by\":\"MERCHANT\",\"reason\":\"ill\"}").post("/api/v1/bookings/" + soon + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        api().post("/api/v1/bookings/" + soon + "/cancellation").then().statusCode(409);
        api().post("/api/v1/bookings/" + soon + "/no-show").then().statusCode(409);
        HoraeInfrastructure.topic("horae.bookings").await(r -> soon.equals(r.key())
                && r.value().contains("booking.cancelled.v1"), Duration.ofSeconds(30));

        String later = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().body("{\"by\":\"CUSTOMER\"}").post("/api/v1/bookings/" + later + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aServiceMayAllowCancellingCloserToTheStart() throws Exception {
        UUID quick = UUID.randomUUID();
        publish(ServiceChanged.TYPE, quick, new ServiceChanged(quick, Map.of("en", "Quick cut"), "en", 30, 1, null,
                null, null, false, null, 60, true, null, null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM service_snapshot WHERE service_id = '" + quick + "'") == 1);
        OffsetDateTime inThreeHours = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        String id = api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + quick
                        + "\",\"start\":\"" + inThreeHours + "\"}]}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().body("{\"by\":\"CUSTOMER\"}").post("/api/v1/bookings/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void aBookingWaitingForPaymentIsCancelledWhenItsHoldExpiresOnce() throws Exception {
        String id = api().body(oneStepPaid(start)).post("/api/v1/bookings").then().statusCode(201)
                .body("status", equalTo("PENDING_PAYMENT")).body("expiresAt", notNullValue())
                .extract().path("id");
        String hold = api().get("/api/v1/bookings/" + id).then().extract().path("reservationId");
        assertThat(ReservationsStandIn.status(hold)).isEqualTo("HELD");

        String event = publish(ReservationExpired.TYPE, UUID.fromString(hold), new ReservationExpired(UUID.fromString(hold)));
        HoraeInfrastructure.topic("horae.reservations").send(hold, event); // delivered twice: the effect happens once
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/bookings/" + id).then().body("status", equalTo("CANCELLED")));
        Thread.sleep(1000);
        assertThat(sql("SELECT count(*) FROM booking_activity WHERE booking_id = '" + id + "' AND type = 'cancelled'"))
                .isEqualTo(1);
    }

    @Test
    void paymentInFullConfirmsABookingThatWaitedForIt() throws Exception {
        publish(ServiceChanged.TYPE, service, new ServiceChanged(service, Map.of("en", "Lesson"), "en", 60, 1,
                new BigDecimal("30.00"), "EUR", null, false, null, null, true, null, null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM service_snapshot WHERE service_id = '" + service + "'") == 1);
        String id = api().body(oneStepPaid(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().body("{\"amount\":10}").post("/api/v1/bookings/" + id + "/payments").then().statusCode(200)
                .body("paymentStatus", equalTo("PARTLY_PAID")).body("status", equalTo("PENDING_PAYMENT"));
        api().body("{\"amount\":20}").post("/api/v1/bookings/" + id + "/payments").then().statusCode(200)
                .body("paymentStatus", equalTo("PAID")).body("status", equalTo("CONFIRMED"));
        api().body("{\"amount\":-5}").post("/api/v1/bookings/" + id + "/payments").then().statusCode(400);
    }

    @Test
    void customerDetailsComeFromTheProjectionAndErasureCancelsTheirFutureBookings() throws Exception {
        UUID customer = UUID.randomUUID();
        publish(CustomerProfile.TYPE, customer, new CustomerProfile(customer, "Jana", "Nováková", "jana@example.com",
                "+420601123456"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM customer_snapshot WHERE customer_id = '" + customer + "'") == 1);
        String id = api().header("Idempotency-Key", "jana-" + customer)
                .body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                        + "\",\"start\":\"" + start + "\"}],\"customerId\":\"" + customer + "\"}")
                .post("/api/v1/bookings").then().statusCode(201)
                .body("customer.lastName", equalTo("Nováková")).extract().path("id");
        api().get("/api/v1/bookings?customerId=" + customer).then().statusCode(200).body("items.id", hasItem(id));
        assertThat(sql("SELECT count(*) FROM idempotency_key WHERE response_body LIKE '%Nováková%'")).isOne();

        publish(CustomerErased.TYPE, customer, new CustomerErased(customer));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/bookings/" + id).then().body("status", equalTo("CANCELLED"))
                        .body("customer", nullValue()));
        assertThat(sql("SELECT count(*) FROM idempotency_key WHERE response_body LIKE '%Nováková%'"))
                .as("answers kept for retries that carried the erased customer").isZero();
    }

    @Test
    void aProfilesTombstoneForgetsTheCustomersDetails() throws Exception {
        UUID customer = UUID.randomUUID();
        publish(CustomerProfile.TYPE, customer, new CustomerProfile(customer, "Ota", "Pavel", null, null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM customer_snapshot WHERE customer_id = '" + customer + "'") == 1);
        HoraeInfrastructure.topic(CustomerProfile.TYPE.topic()).send(customer.toString(), null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM customer_snapshot WHERE customer_id = '" + customer + "'") == 0);
    }

    @Test
    void theFirstInLineIsOfferedAFreedSlotAndItPassesOnWhenUnused() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = knownCustomer("Druhý", "V řadě");
        String slot = "\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\"" + start + "\"";
        String firstEntry = api().body("{\"customerId\":\"" + first + "\"," + slot + "}").post("/api/v1/waitlist")
                .then().statusCode(201).body("status", equalTo("WAITING")).extract().path("id");
        String secondEntry = api().body("{\"customerId\":\"" + second + "\"," + slot + "}").post("/api/v1/waitlist")
                .then().statusCode(201).extract().path("id");

        UUID cancelled = UUID.randomUUID();
        List<ClaimedLine> lines = List.of(new ClaimedLine(UUID.randomUUID(), resource, service, null, start,
                start.plusHours(1), start, start.plusHours(1), 1));
        publish(ReservationReleased.TYPE, cancelled, new ReservationReleased(cancelled, "booking cancelled", lines));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/waitlist/" + firstEntry).then().body("status", equalTo("OFFERED"))
                        .body("reservationId", notNullValue()).body("offerExpiresAt", notNullValue()));
        String offered = api().get("/api/v1/waitlist/" + firstEntry).then().extract().path("reservationId");
        assertThat(ReservationsStandIn.SIGNED_BY.get(UUID.fromString(offered))).as("the hold's token")
                .isEqualTo("booking");
        assertThat(ReservationsStandIn.reservation(offered).customerId()).isEqualTo(first);
        api().get("/api/v1/waitlist/" + secondEntry).then().body("status", equalTo("WAITING"));
        HoraeInfrastructure.topic("horae.bookings").await(r -> r.value().contains("waitlist.offered.v1")
                && r.value().contains(offered), Duration.ofSeconds(30));

        // unused, the offer lapses and the slot goes to the next in line, who books it
        publish(ReservationExpired.TYPE, UUID.fromString(offered), new ReservationExpired(UUID.fromString(offered), lines));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                api().get("/api/v1/waitlist/" + secondEntry).then().body("status", equalTo("OFFERED")));
        api().get("/api/v1/waitlist/" + firstEntry).then().body("status", equalTo("LAPSED"));
        String next = api().get("/api/v1/waitlist/" + secondEntry).then().extract().path("reservationId");
        api().body("{\"reservationId\":\"" + next + "\",\"customerId\":\"" + second + "\"}").post("/api/v1/bookings")
                .then().statusCode(201);
        api().get("/api/v1/waitlist/" + secondEntry).then().body("status", equalTo("BOOKED"));

        UUID course = UUID.randomUUID();
        String leaving = api().body("{\"customerId\":\"" + first + "\",\"classId\":\"" + course + "\"}")
                .post("/api/v1/waitlist").then().statusCode(201).extract().path("id");
        api().queryParam("customerId", first).get("/api/v1/waitlist").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(firstEntry, leaving));
        api().queryParam("customerId", first).queryParam("status", "WAITING").queryParam("classId", course)
                .get("/api/v1/waitlist").then().body("id", org.hamcrest.Matchers.contains(leaving));
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).delete("/api/v1/waitlist/" + leaving)
                .then().statusCode(404);
        api().delete("/api/v1/waitlist/" + leaving).then().statusCode(204);
        api().get("/api/v1/waitlist/" + leaving).then().body("status", equalTo("LEFT"));
        api().body("{\"customerId\":\"" + first + "\"}").post("/api/v1/waitlist").then().statusCode(400);
    }

    @Test
    void theCustomerIsEmailedWhenTheBookingIsMadeAndCancelled() throws Exception {
        UUID customer = UUID.randomUUID();
        String email = "petra-" + customer + "@example.com";
        publish(CustomerProfile.TYPE, customer, new CustomerProfile(customer, "Petra", "Veselá", email, null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM customer_snapshot WHERE customer_id = '" + customer + "'") == 1);
        String reference = api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                        + "\",\"start\":\"" + start + "\"}],\"customerId\":\"" + customer + "\"}")
                .post("/api/v1/bookings").then().statusCode(201).extract().path("reference");
        String id = api().get("/api/v1/bookings?customerId=" + customer).then().extract().path("items[0].id");
        // each mail shows the booking as it is when the mail goes: the confirmation goes before the cancellation
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailsSentTo(email) != null
                && !mailbox.getMailsSentTo(email).isEmpty());
        api().body("{\"reason\":\"the salon is closed\"}").post("/api/v1/bookings/" + id + "/cancellation")
                .then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailsSentTo(email) != null
                && mailbox.getMailsSentTo(email).size() == 2);
        List<io.quarkus.mailer.Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).extracting(io.quarkus.mailer.Mail::getSubject)
                .containsExactlyInAnyOrder("Your booking " + reference, "Booking " + reference + " cancelled");
        assertThat(mails.stream().filter(m -> m.getSubject().endsWith("cancelled")).findFirst().orElseThrow().getText())
                .contains("Hello Petra").contains("cancelled").contains("the salon is closed").contains("HB1.");
        VEvent made = CalendarFiles.event(CalendarFiles.attached(mails, "Your booking " + reference));
        VEvent cancelled = CalendarFiles.event(CalendarFiles.attached(mails, "Booking " + reference + " cancelled"));
        assertThat(made.getStatus().orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(cancelled.getStatus().orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getUid()).isEqualTo(made.getUid());
        assertThat(cancelled.getSequence().orElseThrow().getSequenceNo())
                .isGreaterThan(made.getSequence().orElseThrow().getSequenceNo());
        assertThat(java.time.Instant.from(made.getDateTimeStart().orElseThrow().getDate()))
                .isEqualTo(start.toInstant());
    }

    @Test
    void aSignedLinkLetsTheCustomerSeeWhatIsOwedAndCancelWithoutAKey() throws Exception {
        String id = api().body(oneStepPaid(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        io.restassured.path.json.JsonPath links = api().post("/api/v1/bookings/" + id + "/links").then().statusCode(200)
                .body("expiresAt", notNullValue()).extract().jsonPath();
        String cancel = links.getString("cancelUrl").replaceFirst("^https?://[^/]+", "");
        String pay = links.getString("paymentUrl").replaceFirst("^https?://[^/]+", "");

        given().get(pay).then().statusCode(200).body("status", equalTo("PENDING_PAYMENT"))
                .body("paymentStatus", equalTo("UNPAID"));
        String calendar = links.getString("calendarUrl").replaceFirst("^https?://[^/]+", "");
        VEvent waiting = CalendarFiles.event(given().get(calendar).then().statusCode(200).contentType(containsString("text/calendar"))
                .extract().asString());
        assertThat(waiting.getStatus().orElseThrow().getValue()).isEqualTo("TENTATIVE");
        assertThat(java.time.Instant.from(waiting.getDateTimeStart().orElseThrow().getDate()))
                .isEqualTo(start.toInstant());
        given().get(calendar.replaceAll("signature=[^&]+", "signature=forged")).then().statusCode(403);
        String ticket = api().get("/api/v1/bookings/" + id).then().extract().path("ticket");
        String qr = links.getString("ticketUrl").replaceFirst("^https?://[^/]+", "");
        assertThat(QrCodes.read(given().get(qr).then().statusCode(200).contentType(containsString("image/svg+xml"))
                .extract().asString())).isEqualTo(ticket);
        given().get(qr.replaceAll("signature=[^&]+", "signature=forged")).then().statusCode(403);
        given().post(cancel.replaceAll("signature=[^&]+", "signature=forged")).then().statusCode(403);
        given().post(cancel.replaceAll("expires=\\d+", "expires=1")).then().statusCode(403);
        given().post(pay.replace("?", "/cancellation?")).then().statusCode(403);
        String old = links(io.horae.booking.link.Links.Action.CANCEL, UUID.fromString(id),
                java.time.Instant.now().minusSeconds(10)).replaceFirst("^https?://[^/]+", "");
        given().post(old).then().statusCode(410);
        given().post(cancel).then().statusCode(200).body("status", equalTo("CANCELLED"));
        api().get("/api/v1/bookings/" + id).then().body("status", equalTo("CANCELLED"));
        VEvent cancelled = CalendarFiles.event(given().get(calendar).then().statusCode(200).extract().asString());
        assertThat(cancelled.getStatus().orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getUid()).isEqualTo(waiting.getUid());
        assertThat(cancelled.getSequence().orElseThrow().getSequenceNo())
                .isGreaterThan(waiting.getSequence().orElseThrow().getSequenceNo());
    }

    /** {@code horae_bookings_rescheduled_total} over every kind, as Prometheus reads it. */
    private static double rescheduledSoFar() {
        return given().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("horae_bookings_rescheduled_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aSignedLinkLetsTheCustomerMoveTheBookingUntilTheCutoff() {
        String id = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        String move = api().post("/api/v1/bookings/" + id + "/links").then().statusCode(200).extract()
                .<String>path("moveUrl").replaceFirst("^https?://[^/]+", "");
        OffsetDateTime later = start.plusHours(2);
        given().contentType(ContentType.JSON).body("{\"start\":\"" + later + "\"}")
                .post(move.replaceAll("signature=[^&]+", "signature=forged")).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post(move).then().statusCode(400);
        double movedBefore = rescheduledSoFar();
        given().contentType(ContentType.JSON).body("{\"start\":\"" + later + "\"}").post(move).then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        assertThat(rescheduledSoFar()).as("a move by the customer's link is counted as any move")
                .isEqualTo(movedBefore + 1);
        api().queryParam("since", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString())
                .get("/api/v1/bookings/activities").then().statusCode(200)
                .body("items.find { it.bookingId == '" + id + "' && it.type == 'rescheduled' }.actor",
                        equalTo("CUSTOMER"));
        assertThat(OffsetDateTime.parse(api().get("/api/v1/bookings/" + id).then().extract().<String>path("start"))
                .toInstant()).isEqualTo(later.toInstant());

        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).truncatedTo(ChronoUnit.HOURS);
        String close = api().body(oneStep(soon)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        String tooLate = api().post("/api/v1/bookings/" + close + "/links").then().extract().<String>path("moveUrl")
                .replaceFirst("^https?://[^/]+", "");
        given().contentType(ContentType.JSON).body("{\"start\":\"" + soon.plusHours(1) + "\"}").post(tooLate).then()
                .statusCode(409);
    }

    @Test
    void activitiesListWhatHappenedInOrder() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        String id = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        api().post("/api/v1/bookings/" + id + "/cancellation").then().statusCode(200);
        List<String> types = api().queryParam("since", before.toString()).get("/api/v1/bookings/activities")
                .then().statusCode(200).extract().path("items.type");
        assertThat(types).containsExactly("created", "cancelled");
        api().get("/api/v1/bookings/activities").then().statusCode(400);
        api().queryParam("since", "yesterday").get("/api/v1/bookings/activities").then().statusCode(400);
    }

    @Test
    void badInputIsAProblemAndAnotherTenantsBookingIsNotFound() {
        api().body("{}").post("/api/v1/bookings").then().statusCode(400).contentType("application/problem+json");
        api().body("{\"reservationId\":\"not-a-uuid\"}").post("/api/v1/bookings").then().statusCode(400);
        api().body("{\"reservationId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/bookings").then().statusCode(400)
                .body("errors[0].field", equalTo("reservationId"));
        api().body("{\"lines\":[],\"customerId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/bookings")
                .then().statusCode(400);
        api().body("{\"reservationId\":\"" + UUID.randomUUID() + "\",\"confirmation\":\"MAYBE\"}")
                .post("/api/v1/bookings").then().statusCode(400);
        api().get("/api/v1/bookings?limit=0").then().statusCode(400);
        api().body("{\"by\":\"SYSTEM\"}").post("/api/v1/bookings/" + UUID.randomUUID() + "/cancellation")
                .then().statusCode(400);

        String id = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(InternalTokens.of("other-" + tenant)).get("/api/v1/bookings/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("other-" + tenant))
                .post("/api/v1/bookings/" + id + "/cancellation")
                .then().statusCode(404);
        api().get("/api/v1/bookings/" + id).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    private String links(io.horae.booking.link.Links.Action action, UUID booking, java.time.Instant expires) {
        return linkSigner.url(action, tenant, booking, expires);
    }
}
