package io.horae.gateway;

import io.horae.testing.HoraeInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
@QuarkusTestResource(UpstreamStandIn.class)
class GatewayTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void requestWithoutAKeyIsRefused() {
        given().get("/api/v1/customers")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue())
                .body("status", equalTo(401));
        given().auth().oauth2("hk_not-a-key").get("/api/v1/customers").then().statusCode(401);
    }

    @Test
    void serviceReceivesASignedInternalTokenInsteadOfTheKey() throws Exception {
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY)
                .header("X-Request-Id", "req-42")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .get("/api/v1/customers?limit=5")
                .then().statusCode(200).header("X-Request-Id", "req-42");
        JsonObject seen = UpstreamStandIn.LAST.get();
        assertThat(seen.getString("path")).isEqualTo("/api/v1/customers");
        assertThat(seen.getString("requestId")).isEqualTo("req-42");
        assertThat(seen.getString("traceparent")).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736");
        String token = seen.getString("authorization").substring("Bearer ".length());
        assertThat(token).doesNotContain(UpstreamStandIn.BOOTSTRAP_KEY);
        JsonObject claims = verified(token);
        assertThat(claims.getString("iss")).isEqualTo("horae");
        assertThat(claims.getString("tenant")).isEqualTo(UpstreamStandIn.BOOTSTRAP_TENANT);
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(60);
    }

    @Test
    void everyRequestLeavesOneAccessLogLineWithItsTenantStatusAndId() throws Exception {
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getParameters() == null ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("horae.access");
        access.addHandler(capture);
        try {
            given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).header("X-Request-Id", "req-logged")
                    .get("/api/v1/customers").then().statusCode(200);
            given().header("X-Request-Id", "req-refused").get("/api/v1/customers").then().statusCode(401);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(String.join("\n", logged))
                            .containsPattern("GET /api/v1/customers 200 [0-9.]+ms tenant="
                                    + UpstreamStandIn.BOOTSTRAP_TENANT + " id=req-logged")
                            .containsPattern("GET /api/v1/customers 401 [0-9.]+ms tenant=- id=req-refused"));
        } finally {
            access.removeHandler(capture);
        }
    }

    @Test
    void tenantHeaderMustMatchTheKeysTenant() {
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).header("X-Tenant-Id", "someone-else")
                .get("/api/v1/customers").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).header("X-TENANT-ID", "someone-else")
                .get("/api/v1/customers").then().statusCode(403);
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).header("X-Tenant-Id", UpstreamStandIn.BOOTSTRAP_TENANT)
                .get("/api/v1/customers").then().statusCode(200);
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).header("X-Tenant-Id", UpstreamStandIn.BOOTSTRAP_TENANT)
                .header("X-Tenant-Id", "someone-else").get("/api/v1/customers").then().statusCode(403);
    }

    @Test
    void keysOfANewTenantActOnlyWithinTheirScopes() {
        String admin = newTenant(null);
        String reader = issueKey(admin, "reader", "customers:read").path("key");

        given().auth().oauth2(reader).get("/api/v1/customers").then().statusCode(200);
        given().auth().oauth2(reader).contentType(ContentType.JSON).body("{}").post("/api/v1/customers")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("the API key lacks the scope customers:write"));
        given().auth().oauth2(reader).get("/api/v1/reservations").then().statusCode(403);
        given().auth().oauth2(reader).get("/api/v1/api-keys").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"id\":\"x-" + UUID.randomUUID()
                .toString().substring(0, 8) + "\",\"name\":\"x\"}").post("/api/v1/tenants").then().statusCode(403);
        // a key cannot hand out more than it has
        issueKeyAnswer(reader, "escalation", "admin").statusCode(403);
    }

    @Test
    void vendorPermissionNamesMapOntoScopes() {
        String admin = newTenant(null);
        String reservanto = issueKey(admin, "reservanto", "Booking_w").path("key");
        given().auth().oauth2(reservanto).contentType(ContentType.JSON).body("{}").post("/api/v1/reservations")
                .then().statusCode(200);
        given().auth().oauth2(reservanto).get("/api/v1/services").then().statusCode(200);
        given().auth().oauth2(reservanto).contentType(ContentType.JSON).body("{}").post("/api/v1/customers")
                .then().statusCode(403);
        String recras = issueKey(admin, "recras", "createBoeking").path("key");
        given().auth().oauth2(recras).contentType(ContentType.JSON).body("{}").post("/api/v1/customers")
                .then().statusCode(200);
    }

    @Test
    void revokedKeyAndItsTokensAreRefusedAtOnce() {
        String admin = newTenant(null);
        ExtractableResponse<Response> issued = issueKey(admin, "till", "customers:read");
        String key = issued.path("key");
        String token = given().auth().oauth2(key).post("/api/v1/auth/token")
                .then().statusCode(201).body("tokenType", equalTo("Bearer"))
                .extract().path("token");
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(200);
        given().auth().oauth2(token).post("/api/v1/auth/token").then().statusCode(403);

        given().auth().oauth2(admin).delete("/api/v1/api-keys/" + issued.path("id")).then().statusCode(204);

        given().auth().oauth2(key).get("/api/v1/customers").then().statusCode(401);
        given().auth().oauth2(token).get("/api/v1/customers").then().statusCode(401);
        given().auth().oauth2(admin).get("/api/v1/api-keys")
                .then().statusCode(200)
                .body("items.find { it.name == 'till' }.revokedAt", notNullValue())
                .body("items.key", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        given().auth().oauth2(admin).delete("/api/v1/api-keys/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aShortTimeTokenIssuesNoKeyAndRevokingAKeyRevokesTheKeysItIssued() {
        String admin = newTenant(null);
        String token = given().auth().oauth2(admin).post("/api/v1/auth/token").then().statusCode(201)
                .extract().path("token");
        issueKeyAnswer(token, "forever", "customers:read").statusCode(403).contentType("application/problem+json");

        ExtractableResponse<Response> manager = issueKey(admin, "manager", "admin");
        String managers = manager.path("key");
        String till = issueKey(managers, "till", "customers:read").path("key");
        String tillsToken = given().auth().oauth2(till).post("/api/v1/auth/token").then().statusCode(201)
                .extract().path("token");
        given().auth().oauth2(till).get("/api/v1/customers").then().statusCode(200);

        given().auth().oauth2(admin).delete("/api/v1/api-keys/" + manager.path("id")).then().statusCode(204);

        given().auth().oauth2(managers).get("/api/v1/customers").then().statusCode(401);
        given().auth().oauth2(till).get("/api/v1/customers").then().statusCode(401);
        given().auth().oauth2(tillsToken).get("/api/v1/customers").then().statusCode(401);
        given().auth().oauth2(admin).get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    void basicAuthenticationCarriesTheKeyAsPassword() {
        given().auth().preemptive().basic("enterpriseInterface", UpstreamStandIn.BOOTSTRAP_KEY)
                .get("/api/v1/customers").then().statusCode(200);
        given().auth().preemptive().basic("enterpriseInterface", "wrong").get("/api/v1/customers")
                .then().statusCode(401);
    }

    @Test
    void overTheRateLimitIsTooManyRequestsWithRetryAfter() {
        String admin = newTenant("{\"requestsPerSecond\":1,\"burst\":3}");
        List<Integer> statuses = new java.util.ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 6; i++) {
            Response response = given().auth().oauth2(admin).get("/api/v1/customers");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(statuses).startsWith(200, 200, 200).contains(429);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);
    }

    @Test
    void aTenantsRateLimitHoldsWhicheverOfItsKeysCalls() {
        String admin = newTenant("{\"requestsPerSecond\":1,\"burst\":4}");
        String other = issueKey(admin, "other", "customers:read").path("key");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(given().auth().oauth2(i % 2 == 0 ? admin : other).get("/api/v1/customers").statusCode());
        }
        // the burst was 4, spent already by issuing the key and the first calls: the two keys share it
        assertThat(statuses).contains(429);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo(4);
    }

    @Test
    void madeUpKeysFromOneAddressAreRefusedBeforeTheyAreLookedUpWhileOtherAddressesGoOn() throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(fromAnotherAddress("/api/v1/customers", "hk_made-up-" + UUID.randomUUID()));
        }
        assertThat(statuses).startsWith(401).contains(429).doesNotContain(500, 503);
        assertThat(statuses.indexOf(429)).isBetween(15, 25);
        // other addresses are not held back
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).get("/api/v1/customers").then().statusCode(200);
        given().auth().oauth2("hk_made-up-elsewhere").get("/api/v1/customers").then().statusCode(401);
    }

    /** The status of a GET sent from 127.0.0.2, an address of its own (the other tests call from 127.0.0.1). */
    private int fromAnotherAddress(String path, String key) throws Exception {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", base.getPort()));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + key + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void bodyOverTheLimitIsRefused() {
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).contentType(ContentType.JSON).body(big)
                .post("/api/v1/customers").then().statusCode(413);
    }

    @Test
    void aRequestLineOverFourKilobytesIsAProblem() {
        String longQuery = "q=" + "a".repeat(5000);
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).get("/api/v1/customers/search?" + longQuery)
                .then().statusCode(414).contentType("application/problem+json");
        given().body("{}").post("/v1/Customer/GetList?" + longQuery).then().statusCode(414)
                .contentType("application/problem+json");
    }

    @Test
    void upstreamDownIsServiceUnavailableAndSilentUpstreamIsGatewayTimeout() {
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).get("/api/v1/bookings")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).get("/api/v1/customers/slow")
                .then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void customerLinksNeedNoKeyAndGoToBookings() {
        // booking's upstream is down in this test: a 503 (not a 401) shows the link was routed there without a key
        given().post("/links/bookings/" + UUID.randomUUID() + "/cancellation?tenant=root&expires=1&signature=x")
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void dotSegmentsCannotReachAnotherRoute() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/customers/../webhooks"))
                .header("Authorization", "Bearer " + UpstreamStandIn.BOOTSTRAP_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void badAdministrationInputIsAProblemNamingTheField() {
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).contentType(ContentType.JSON)
                .body("{\"name\":\"k\",\"scopes\":[\"everything\"]}").post("/api/v1/api-keys")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("scopes"));
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).contentType(ContentType.JSON)
                .body("{\"name\":42,\"scopes\":[\"admin\"]}").post("/api/v1/api-keys")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).contentType(ContentType.JSON)
                .body("not json").post("/api/v1/api-keys").then().statusCode(400);
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).contentType(ContentType.JSON)
                .body("{\"id\":\"Not Valid\",\"name\":\"x\"}").post("/api/v1/tenants")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).delete("/api/v1/api-keys/not-a-uuid")
                .then().statusCode(400);
        String tenant = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        createTenant("{\"id\":\"" + tenant + "\",\"name\":\"Dup\"}").statusCode(201);
        createTenant("{\"id\":\"" + tenant + "\",\"name\":\"Dup\"}").statusCode(409);
    }

    @Test
    void browsersFromAConfiguredOriginMayCall() {
        given().header("Origin", "https://shop.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/customers")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://shop.example");
        given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).header("Origin", "https://shop.example")
                .get("/api/v1/customers")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://shop.example");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/customers")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void oneOpenApiDocumentCoversTheServices() {
        given().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/customers'.get", notNullValue())
                .body("components.schemas.CustomerView", notNullValue())
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("'x-horae-unavailable'", hasItem("booking"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private String newTenant(String rateLimit) {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String extra = rateLimit == null ? "" : "," + rateLimit.substring(1, rateLimit.length() - 1);
        return createTenant("{\"id\":\"" + id + "\",\"name\":\"Shop " + id + "\"" + extra + "}")
                .statusCode(201)
                .body("apiKey.scopes", hasItem("admin"))
                .extract().path("apiKey.key");
    }

    private static io.restassured.response.ValidatableResponse createTenant(String body) {
        return given().auth().oauth2(UpstreamStandIn.BOOTSTRAP_KEY).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tenants").then();
    }

    private static ExtractableResponse<Response> issueKey(String admin, String name, String scope) {
        return issueKeyAnswer(admin, name, scope).statusCode(201).extract();
    }

    private static io.restassured.response.ValidatableResponse issueKeyAnswer(String key, String name, String scope) {
        return given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"scopes\":[\"" + scope + "\"]}")
                .post("/api/v1/api-keys").then();
    }

    /** The token's claims, after checking its RS256 signature with the public key the services trust. */
    private static JsonObject verified(String token) throws Exception {
        String[] parts = token.split("\\.");
        String pem = Files.readString(HoraeInfrastructure.tokenKeys().signingKey("gateway")
                .resolveSibling("gateway.pub"));
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature").isTrue();
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
