package io.horae.kernel;

import io.horae.testing.InternalTokens;
import io.horae.kernel.notes.NoteTally;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.KafkaTopic;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class OutboxAndInboxTest {
    private static final String TOPIC = "horae.test.notes";

    @Inject
    NoteTally tally;

    @Test
    void committedEventIsPublishedAsACloudEventKeyedByItsAggregate() {
        String noteId = writeNote("hello", false);

        ConsumerRecord<String, String> record = notes().await(r -> noteId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(record.value())
                .contains("\"specversion\":\"1.0\"", "\"type\":\"note.written.v1\"",
                        "\"subject\":\"" + noteId + "\"", "\"tenantid\":\"acme\"", "\"text\":\"hello\"");
        assertThat(new String(record.headers().lastHeader("content-type").value()))
                .startsWith("application/cloudevents+json");
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedAt(noteId) != null);
    }

    @Test
    void eventOfARolledBackTransactionIsNeverWrittenSoNeverPublished() {
        String rejected = given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("acme"))
                .body("{\"text\":\"doomed\",\"rejectAfterWriting\":true}")
                .post("/api/v1/customers/notes")
                .then().statusCode(409).contentType("application/problem+json")
                .extract().jsonPath().getString("detail").replace("rejected after writing ", "");
        String marker = writeNote("after", false);

        // The relay publishes in commit order: once the later note's event is out, an earlier one would be too.
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedAt(marker) != null);
        assertThat(outboxRows(rejected)).isZero();
        assertThat(noteExists(rejected)).isFalse();
        notes().await(r -> marker.equals(r.key()), Duration.ofSeconds(30));
        assertThat(notes().readToEnd()).noneMatch(r -> rejected.equals(r.key()));
    }

    @Test
    void redeliveredEventHasItsEffectOnce() {
        String noteId = writeNote("twice", false);
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(noteId) == 1);

        ConsumerRecord<String, String> original = notes().await(r -> noteId.equals(r.key()), Duration.ofSeconds(30));
        UUID eventId = UUID.fromString(original.value().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        notes().send(noteId, original.value());
        notes().send(noteId, original.value());

        await().atMost(Duration.ofSeconds(30)).until(() -> tally.arrivals(eventId) == 3);
        assertThat(deliveries(noteId)).isEqualTo(1);
    }

    @Test
    void anEventTypeTheConsumerDoesNotActOnOpensNoTransactionAndLeavesNoTrace() {
        String noteId = writeNote("kept", false);
        ConsumerRecord<String, String> original = notes().await(r -> noteId.equals(r.key()), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(noteId) == 1);
        UUID otherId = UUID.randomUUID();
        String other = original.value().replaceAll("\"id\":\"[0-9a-f-]{36}\"", "\"id\":\"" + otherId + "\"")
                .replace("note.written.v1", "note.archived.v1");

        notes().send(noteId, other, java.util.Map.of("ce_type", "note.archived.v1"));
        notes().send(noteId, other);

        await().atMost(Duration.ofSeconds(30)).until(() -> tally.arrivals(otherId) == 2);
        assertThat(deliveries(noteId)).isEqualTo(1);
        assertThat(inboxRows(otherId)).isZero();
    }

    @Test
    void eventCommittedWhileKafkaIsDownIsPublishedOnceKafkaIsBack() {
        HoraeInfrastructure.kafka().kill();
        try {
            String noteId = writeNote("offline", false);
            assertThat(noteExists(noteId)).isTrue();
            assertThat(publishedAt(noteId)).isNull();

            HoraeInfrastructure.kafka().start();
            await().atMost(Duration.ofSeconds(90)).until(() -> publishedAt(noteId) != null);
            await().atMost(Duration.ofSeconds(90)).until(() -> deliveries(noteId) == 1);
        } finally {
            if (!HoraeInfrastructure.kafka().isRunning()) {
                HoraeInfrastructure.kafka().start();
            }
        }
    }

    @Test
    void invalidInputAnswersProblemDetailsNamingTheField() {
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("acme"))
                .body("{\"text\":\"this text is far longer than twenty characters\"}")
                .post("/api/v1/customers/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("acme"))
                .body("{\"text\": [1, 2]}")
                .post("/api/v1/customers/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("acme"))
                .body("{\"text\": ")
                .post("/api/v1/customers/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void requestWithoutAValidInternalTokenIsRefused() {
        given().contentType(ContentType.JSON).body("{\"text\":\"x\"}")
                .post("/api/v1/customers/notes")
                .then().statusCode(401).contentType("application/problem+json");
        // what the gateway used to send before internal tokens: a bare tenant header is worth nothing
        given().contentType(ContentType.JSON).header("X-Horae-Tenant", "acme").body("{\"text\":\"x\"}")
                .post("/api/v1/customers/notes")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.expired("acme")).body("{\"text\":\"x\"}")
                .post("/api/v1/customers/notes")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.forged("acme")).body("{\"text\":\"x\"}")
                .post("/api/v1/customers/notes")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("Not A Tenant!")).body("{\"text\":\"x\"}")
                .post("/api/v1/customers/notes")
                .then().statusCode(401);
    }

    private static String writeNote(String text, boolean reject) {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("acme"))
                .body("{\"text\":\"" + text + "\",\"rejectAfterWriting\":" + reject + "}")
                .post("/api/v1/customers/notes")
                .then().statusCode(201)
                .extract().jsonPath().getString("id");
    }

    private static KafkaTopic notes() {
        return HoraeInfrastructure.topic(TOPIC);
    }

    private static Object publishedAt(String noteId) {
        return queryOne("SELECT published_at FROM outbox_event WHERE aggregate_id = ?", noteId);
    }

    private static long outboxRows(String noteId) {
        return (Long) queryOne("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", noteId);
    }

    private static boolean noteExists(String noteId) {
        return (Long) queryOne("SELECT count(*) FROM note WHERE id = ?::uuid", noteId) == 1;
    }

    private static long inboxRows(UUID eventId) {
        return (Long) queryOne("SELECT count(*) FROM inbox_event WHERE event_id = ?::uuid", eventId.toString());
    }

    private static int deliveries(String noteId) {
        Object value = queryOne("SELECT deliveries FROM note_tally WHERE note_id = ?::uuid", noteId);
        return value == null ? 0 : (Integer) value;
    }

    private static Object queryOne(String sql, String parameter) {
        try (Connection db = HoraeInfrastructure.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
