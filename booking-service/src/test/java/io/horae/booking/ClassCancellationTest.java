package io.horae.booking;

import io.horae.events.catalog.ClassCancelled;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A class the merchant cancelled: its bookings are cancelled as any cancellation is, its waiting list dropped. */
@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(ReservationsStandIn.class)
class ClassCancellationTest extends BookingServiceTest {
    @Test
    void aCancelledClassCancelsItsThreeBookingsAndDropsItsWaitingListButNothingElse() throws Exception {
        UUID yoga = UUID.randomUUID();
        List<String> booked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            booked.add(api().body("{\"lines\":[{\"classId\":\"" + yoga + "\",\"seats\":1}]}").post("/api/v1/bookings")
                    .then().statusCode(201).extract().path("id"));
        }
        String unrelated = api().body(oneStep(start)).post("/api/v1/bookings").then().statusCode(201)
                .extract().path("id");
        String waiting = api().body("{\"customerId\":\"" + UUID.randomUUID() + "\",\"classId\":\"" + yoga + "\"}")
                .post("/api/v1/waitlist").then().statusCode(201).extract().path("id");

        publish(ClassCancelled.TYPE, yoga, new ClassCancelled(yoga, "the teacher is ill"));

        for (String id : booked) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api().get("/api/v1/bookings/" + id)
                    .then().body("status", equalTo("CANCELLED"))
                    .body("statusReason", containsString("the teacher is ill")));
            HoraeInfrastructure.topic("horae.bookings").await(r -> id.equals(r.key())
                    && r.value().contains("booking.cancelled.v1"), Duration.ofSeconds(30));
        }
        api().get("/api/v1/waitlist/" + waiting).then().body("status", equalTo("LAPSED"));
        api().get("/api/v1/bookings/" + unrelated).then().body("status", equalTo("CONFIRMED"));
    }
}
