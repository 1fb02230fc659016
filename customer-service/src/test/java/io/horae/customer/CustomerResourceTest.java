package io.horae.customer;

import io.horae.testing.InternalTokens;
import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class CustomerResourceTest {
    private final String tenant = "salon-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theServiceIsReadyOnlyOnceACustomerWasReadAtStart() {
        // the check would stay DOWN, or say "failed", if the read could not run (e.g. outside a Vert.x context)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200).body("checks.find { it.name == 'warm-up' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'warm-up' }.data.outcome", startsWith("1 warmed up in ")));
    }

    @Test
    void registeredCustomerIsNormalisedReadBackAndAnnounced() {
        String id = api().body("""
                {"firstName":" Zoë ","lastName":"Müller","email":"Zoe@Example.COM","phone":"601 123 456",
                 "personalIdentifier":"ZM-1","birthDate":"1990-04-01","tags":["vip","vip","regular"]}""")
                .post("/api/v1/customers")
                .then().statusCode(201)
                .body("phone", equalTo("+420601123456"))
                .body("email", equalTo("zoe@example.com"))
                .body("tags", contains("regular", "vip"))
                .extract().path("id");

        api().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("firstName", equalTo("Zoë")).body("lastName", equalTo("Müller"))
                .body("personalIdentifier", equalTo("ZM-1"));
        ConsumerRecord<String, String> event = HoraeInfrastructure.topic("horae.customers")
                .await(r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(event.value()).contains("\"type\":\"customer.created.v1\"", "\"tenantid\":\"" + tenant + "\"")
                .as("personal data travels only on the compacted profile topic").doesNotContain("Müller", "zoe@");
        ConsumerRecord<String, String> profile = HoraeInfrastructure.topic("horae.customer-profiles")
                .await(r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(profile.value()).contains("\"type\":\"customer.profile.v1\"", "\"lastName\":\"Müller\"",
                "\"email\":\"zoe@example.com\"");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsInCzechGermanAndFrenchNames() {
        register("Jan", "Šťastný", "jan@example.cz");
        register("Jürgen", "Größmann", "jg@example.de");
        register("Hélène", "Lefèvre", "helene@example.fr");
        register("Jana", "Stastna", null);

        search("stastny").body("lastName", contains("Šťastný"));
        search("ŠŤASTNÝ jan").body("lastName", contains("Šťastný"));
        search("grossmann").body("lastName", contains("Größmann"));
        search("jurgen").body("firstName", contains("Jürgen"));
        search("lefevre helene").body("lastName", contains("Lefèvre"));
        search("stastn").body("lastName", containsInAnyOrder("Šťastný", "Stastna"));
        search("example.fr").body("email", contains("helene@example.fr"));
        search("100%_").body("size()", equalTo(0));
        api().queryParam("q", " ").get("/api/v1/customers/search").then().statusCode(400);
    }

    @Test
    void searchRanksAnExactIdentifierFirst() {
        register("Anna", "Novak", null);
        api().body("{\"firstName\":\"Petr\",\"lastName\":\"Novak\",\"personalIdentifier\":\"novak\"}")
                .post("/api/v1/customers").then().statusCode(201);
        search("novak").body("firstName", contains("Petr", "Anna"));
    }

    @Test
    void patchChangesOnlyWhatIsSentAndNullClears() {
        String id = register("Eva", "Nováková", "eva@example.cz");
        api().body("{\"lastName\":\"Dvořáková\",\"email\":null,\"note\":\"prefers mornings\"}")
                .patch("/api/v1/customers/" + id)
                .then().statusCode(200)
                .body("firstName", equalTo("Eva")).body("lastName", equalTo("Dvořáková"))
                .body("email", nullValue()).body("note", equalTo("prefers mornings"));
        search("dvorakova").body("id", contains(id));
        api().body("{\"firstName\":null}").patch("/api/v1/customers/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("firstName"));
        api().body("{\"phone\":\"12\"}").patch("/api/v1/customers/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        HoraeInfrastructure.topic("horae.customer-profiles").await(r -> id.equals(r.key()) && r.value() != null
                && r.value().contains("Dvořáková"), Duration.ofSeconds(30));
    }

    @Test
    void listPagesAndFiltersByRegistrationDate() {
        for (int i = 0; i < 5; i++) {
            register("Page", "Person " + i, null);
        }
        api().get("/api/v1/customers?limit=2&offset=1").then().statusCode(200)
                .body("total", equalTo(5)).body("items.size()", equalTo(2))
                .body("items[0].lastName", equalTo("Person 1"));
        api().get("/api/v1/customers?sort=-lastName&limit=1").then().body("items[0].lastName", equalTo("Person 4"));
        api().get("/api/v1/customers?registeredSince=2999-01-01T00:00:00Z").then().body("total", equalTo(0));
        api().get("/api/v1/customers?sort=password").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        api().get("/api/v1/customers?limit=100000").then().statusCode(400);
        api().get("/api/v1/customers?registeredSince=monday").then().statusCode(400)
                .body("errors[0].field", equalTo("registeredSince"));
    }

    @Test
    void listFindsExactlyTheCustomerWithAnEmailOrPersonalIdentifier() {
        String eva = register("Eva", "Exact", "Eva.Exact@Example.com");
        register("Eve", "Exact", "eva.exact@example.com.au");
        api().queryParam("email", " EVA.exact@example.com ").get("/api/v1/customers").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(eva));
        String ident = api().body("{\"firstName\":\"Id\",\"lastName\":\"Holder\",\"personalIdentifier\":\"ID-77\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        api().queryParam("personalIdentifier", "ID-77").get("/api/v1/customers").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(ident));
        api().queryParam("personalIdentifier", "ID-7").get("/api/v1/customers").then().body("total", equalTo(0));
        api().queryParam("email", "nobody@example.com").get("/api/v1/customers").then().body("total", equalTo(0));
    }

    @Test
    void personalIdentifierIsUniquePerTenant() {
        api().body("{\"firstName\":\"A\",\"lastName\":\"B\",\"personalIdentifier\":\"P-77\"}")
                .post("/api/v1/customers").then().statusCode(201);
        api().body("{\"firstName\":\"C\",\"lastName\":\"D\",\"personalIdentifier\":\"P-77\"}")
                .post("/api/v1/customers").then().statusCode(409).body("errors[0].field", equalTo("personalIdentifier"));
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant + "-other"))
                .body("{\"firstName\":\"C\",\"lastName\":\"D\",\"personalIdentifier\":\"P-77\"}")
                .post("/api/v1/customers").then().statusCode(201);
    }

    @Test
    void customValuesAreCheckedAgainstTheirTypedDefinitions() {
        api().body("{\"key\":\"shoeSize\",\"label\":\"Shoe size\",\"type\":\"NUMBER\"}")
                .post("/api/v1/custom-value-definitions").then().statusCode(201);
        api().body("{\"key\":\"level\",\"label\":\"Level\",\"type\":\"ENUM\",\"allowedValues\":[\"beginner\",\"pro\"]}")
                .post("/api/v1/custom-value-definitions").then().statusCode(201);
        api().body("{\"key\":\"level\",\"label\":\"Again\",\"type\":\"STRING\"}")
                .post("/api/v1/custom-value-definitions").then().statusCode(409);
        api().body("{\"key\":\"colour\",\"label\":\"Colour\",\"type\":\"ENUM\"}")
                .post("/api/v1/custom-value-definitions").then().statusCode(400);

        api().body("{\"firstName\":\"C\",\"lastName\":\"V\",\"customValues\":{\"shoeSize\":42.5,\"level\":\"pro\"}}")
                .post("/api/v1/customers").then().statusCode(201)
                .body("customValues.shoeSize", equalTo(42.5f)).body("customValues.level", equalTo("pro"));
        api().body("{\"firstName\":\"C\",\"lastName\":\"V\",\"customValues\":{\"shoeSize\":\"big\",\"level\":\"guru\",\"pet\":\"cat\"}}")
                .post("/api/v1/customers").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("customValues.shoeSize", "customValues.level",
                        "customValues.pet"));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() throws Exception {
        long before = customersOfTenant();
        api().body("{\"firstName\":\"\",\"lastName\":\"" + "x".repeat(101) + "\",\"email\":\"nope\","
                        + "\"birthDate\":\"2999-01-01\",\"tags\":[\"\"]}")
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("firstName", "lastName", "email", "birthDate", "tags[0]"));
        api().body("{\"firstName\":\"A\",\"lastName\":\"B\",\"phone\":\"not a phone\"}").post("/api/v1/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        api().body("{\"firstName\": 42, \"lastName\": {}}").post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json");
        api().body("{\"firstName\":\"A\",\"lastName\":\"B\",\"birthDate\":\"1990-02-30\"}").post("/api/v1/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("birthDate"));
        api().post("/api/v1/customers").then().statusCode(400).contentType("application/problem+json");
        assertThat(customersOfTenant()).isEqualTo(before);
    }

    @Test
    void erasureRemovesPersonalDataKeepsTheIdAndIsAnnouncedOnce() throws Exception {
        String id = api().body("""
                {"firstName":"Marie","lastName":"Curie","email":"marie@example.fr","phone":"+33 1 23 45 67 89",
                 "personalIdentifier":"MC-1867","note":"allergic to latex","tags":["vip"]}""")
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        api().post("/api/v1/customers/" + id + "/account").then().statusCode(201);

        api().delete("/api/v1/customers/" + id).then().statusCode(204);
        api().delete("/api/v1/customers/" + id).then().statusCode(204);

        api().get("/api/v1/customers/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("erasedAt", org.hamcrest.Matchers.notNullValue())
                .body("firstName", nullValue()).body("email", nullValue()).body("note", nullValue());
        search("curie").body("size()", equalTo(0));
        api().get("/api/v1/customers/" + id + "/account").then().statusCode(409);
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT concat_ws('|', first_name, last_name, email, phone, personal_identifier, note, search_key)"
                        + " || custom_values::text || array_to_string(tags, ',') FROM customer WHERE id = '" + id + "'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("{}");
        }
        HoraeInfrastructure.topic("horae.customers")
                .await(r -> id.equals(r.key()) && r.value().contains("customer.erased.v1"), Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> erasures = HoraeInfrastructure.topic("horae.customers").readToEnd().stream()
                .filter(r -> id.equals(r.key()) && r.value().contains("customer.erased.v1")).toList();
        assertThat(erasures).hasSize(1);
        assertThat(HoraeInfrastructure.topic("horae.customers").readToEnd()).filteredOn(r -> id.equals(r.key()))
                .extracting(ConsumerRecord::value).noneMatch(v -> v.contains("Curie") || v.contains("marie@"));
        List<ConsumerRecord<String, String>> profiles = HoraeInfrastructure.topic("horae.customer-profiles")
                .readToEnd().stream().filter(r -> id.equals(r.key())).toList();
        assertThat(profiles.get(profiles.size() - 1).value()).as("the profile's tombstone").isNull();
        assertThat(sql("SELECT count(*) FROM outbox_event WHERE payload::text LIKE '%Curie%'")).isZero();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                HoraeInfrastructure.infrastructure().kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "horae.customer-profiles");
            await().atMost(Duration.ofSeconds(30)).until(() -> "compact".equals(admin.describeConfigs(List.of(topic))
                    .all().get().get(topic).get("cleanup.policy").value()));
        }
    }

    private static long sql(String query) throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anotherTenantsCustomerDoesNotExist() {
        String id = register("Eva", "Nováková", null);
        given().auth().oauth2(InternalTokens.of("barber-bob")).get("/api/v1/customers/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of("barber-bob")).body("{\"note\":\"mine\"}")
                .patch("/api/v1/customers/" + id).then().statusCode(404);
        given().auth().oauth2(InternalTokens.of("barber-bob")).delete("/api/v1/customers/" + id).then().statusCode(404);
        given().auth().oauth2(InternalTokens.of("barber-bob")).get("/api/v1/customers/search?q=novakova")
                .then().statusCode(200).body("size()", equalTo(0));
        api().get("/api/v1/customers/not-a-uuid").then().statusCode(404);
    }

    private String register(String firstName, String lastName, String email) {
        String body = "{\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
        return api().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse search(String query) {
        return api().queryParam("q", query).get("/api/v1/customers/search").then().statusCode(200);
    }

    private long customersOfTenant() throws Exception {
        try (Connection db = HoraeInfrastructure.database(); ResultSet rs = db.createStatement()
                .executeQuery("SELECT count(*) FROM customer WHERE tenant_id = '" + tenant + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private RequestSpecification api() {
        return given().contentType(ContentType.JSON).auth().oauth2(InternalTokens.of(tenant));
    }
}
