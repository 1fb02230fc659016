package io.horae.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.EventType;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What booking-service's tests share: a tenant of their own, a slot to book, and ways to look at the result. */
abstract class BookingServiceTest {
    protected final String tenant = "shop-" + UUID.randomUUID().toString().substring(0, 8);
    protected final UUID resource = UUID.randomUUID();
    protected final UUID service = UUID.randomUUID();
    protected final OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3)
            .truncatedTo(ChronoUnit.HOURS);

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void free() {
        ReservationsStandIn.taken = false;
    }

    protected String oneStep(OffsetDateTime at) {
        return "{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\"" + at
                + "\"}]}";
    }

    protected String oneStepPaid(OffsetDateTime at) {
        return "{\"lines\":[{\"resourceId\":\"" + resource + "\",\"serviceId\":\"" + service + "\",\"start\":\"" + at
                + "\"}],\"payment\":{\"required\":true}}";
    }

    protected RequestSpecification api() {
        return given().log().ifValidationFails().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }

    protected <T> String publish(EventType<T> type, UUID subject, T payload) throws Exception {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "/horae/test", type.name(),
                subject.toString(), OffsetDateTime.now(), tenant, "application/json", mapper.valueToTree(payload));
        String json = mapper.writeValueAsString(event);
        HoraeInfrastructure.topic(type.topic()).send(subject.toString(), json);
        return json;
    }

    /**
     * A customer of the tenant that booking's projection knows, as customer-service's profile event makes it (a
     * booking for a customer it does not know is checked with customer-service, which booking's own tests do not run).
     */
    protected UUID knownCustomer(String firstName, String lastName) throws Exception {
        UUID customer = UUID.randomUUID();
        publish(io.horae.events.customer.CustomerProfile.TYPE, customer,
                new io.horae.events.customer.CustomerProfile(customer, firstName, lastName, null, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                sql("SELECT count(*) FROM customer_snapshot WHERE customer_id = '" + customer + "'") == 1);
        return customer;
    }

    protected static void update(String statement) throws Exception {
        try (Connection db = HoraeInfrastructure.database()) {
            db.createStatement().executeUpdate(statement);
        }
    }

    protected static long sql(String query) throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
