package io.horae.booking;

import io.horae.events.catalog.ServiceChanged;
import io.horae.events.customer.CustomerProfile;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.component.VEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Reminders go a service's {@code reminderMinutes} before the start, once per booking and channel however many
 * rounds run (one a second here), with the booking's calendar file; a cancelled booking and a service that wants
 * none get no reminder.
 */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class ReminderTest extends BookingServiceTest {
    private static final int FOUR_DAYS = 4 * 24 * 60;

    @Inject
    MockMailbox mailbox;

    @Test
    void aConfirmedBookingIsRemindedOnceOnEachChannelWhenItsServiceSays() throws Exception {
        UUID sauna = service(UUID.randomUUID(), "Sauna", FOUR_DAYS);
        UUID customer = customer("+420601555123");
        String email = email(customer);
        String id = book(sauna, customer, start);
        String reference = api().get("/api/v1/bookings/" + id).then().extract().path("reference");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reminders(email).size() == 1);
        Thread.sleep(3000);  // three more rounds
        assertThat(reminders(email)).hasSize(1);
        VEvent event = CalendarFiles.event(CalendarFiles.attached(reminders(email), "Reminder: booking " + reference));
        assertThat(Instant.from(event.getDateTimeStart().orElseThrow().getDate())).isEqualTo(start.toInstant());
        assertThat(reminders(email).get(0).getText()).contains("Hello Hana").contains("a reminder").contains("Sauna");
        assertThat(sql("SELECT count(*) FROM reminder_sent WHERE booking_id = '" + id + "' AND outcome = 'SENT'"))
                .as("an e-mail and an SMS (the customer has a phone)").isEqualTo(2);
    }

    @Test
    void noReminderForACancelledBookingNorForAServiceThatWantsNone() throws Exception {
        // the sauna wants reminders only once the booking is cancelled: a round between booking and cancelling
        // would rightly remind a booking that was confirmed then
        UUID sauna = service(UUID.randomUUID(), "Sauna", 0);
        UUID silent = service(UUID.randomUUID(), "Quiet room", 0);
        UUID customer = customer(null);
        String email = email(customer);
        String cancelled = book(sauna, customer, start);
        api().body("{}").post("/api/v1/bookings/" + cancelled + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        String quiet = book(silent, customer, start.plusHours(2));
        service(sauna, "Sauna", FOUR_DAYS);
        UUID other = customer(null);
        String remindedId = book(sauna, other, start.plusHours(4));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> reminders(email(other)).size() == 1);
        Thread.sleep(2000);
        assertThat(reminders(email)).isEmpty();
        assertThat(sql("SELECT count(*) FROM reminder_sent WHERE booking_id IN ('" + cancelled + "', '" + quiet
                + "')")).isZero();
        assertThat(sql("SELECT count(*) FROM reminder_sent WHERE booking_id = '" + remindedId
                + "' AND outcome = 'SENT'")).as("an e-mail; no phone, no SMS").isEqualTo(1);
        assertThat(sql("SELECT count(*) FROM reminder_sent WHERE booking_id = '" + remindedId
                + "' AND channel = 'SMS' AND outcome = 'UNREACHABLE'")).isEqualTo(1);
    }

    /** Service {@code id} as the catalogue announces it, once booking-service's projection has it. */
    private UUID service(UUID id, String name, int reminderMinutes) throws Exception {
        publish(ServiceChanged.TYPE, id, new ServiceChanged(id, Map.of("en", name), "en", 60, 1, null, null, null,
                false, null, null, true, null, reminderMinutes));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> sql("SELECT count(*) FROM service_snapshot"
                + " WHERE service_id = '" + id + "' AND reminder_minutes = " + reminderMinutes) == 1);
        return id;
    }

    private UUID customer(String phone) throws Exception {
        UUID id = UUID.randomUUID();
        publish(CustomerProfile.TYPE, id, new CustomerProfile(id, "Hana", "Včasná", email(id), phone));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM customer_snapshot WHERE customer_id = '" + id + "'") == 1);
        return id;
    }

    private static String email(UUID customer) {
        return "hana-" + customer + "@example.com";
    }

    private String book(UUID service, UUID customer, java.time.OffsetDateTime at) {
        return api().body("{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service
                        + "\",\"start\":\"" + at + "\"}],\"customerId\":\"" + customer + "\"}")
                .post("/api/v1/bookings").then().statusCode(201).body("status", equalTo("CONFIRMED")).extract()
                .path("id");
    }

    private List<Mail> reminders(String email) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        return mails == null ? List.of() : mails.stream().filter(m -> m.getSubject().startsWith("Reminder")).toList();
    }
}
