package io.horae.gateway.key;

import io.horae.gateway.UpstreamStandIn;
import io.horae.gateway.access.Scopes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The configured first key: only a strong one is taken, and configuring another revokes the one before. */
@QuarkusTest
@QuarkusTestResource(UpstreamStandIn.class)
class BootstrapKeyTest {
    @Inject
    ApiKeyStore store;

    @Test
    void aShortOrRepetitiveKeyIsTooWeakAndARandomOneIsNot() {
        assertThat(KeySecrets.weakness("hk_demo")).hasValueSatisfying(w -> assertThat(w).contains("fewer than 32"));
        assertThat(KeySecrets.weakness("a".repeat(64))).hasValueSatisfying(w -> assertThat(w).contains("bits"));
        assertThat(KeySecrets.weakness("abc".repeat(16))).isPresent();
        assertThat(KeySecrets.weakness("password".repeat(6))).hasValueSatisfying(w -> assertThat(w).contains("repeats"));
        assertThat(KeySecrets.weakness("hk_" + "0123456789".repeat(4))).isPresent();
        assertThat(KeySecrets.weakness("hk_e2e_" + Long.toHexString(System.nanoTime()))).isPresent();
        assertThat(KeySecrets.weakness("hk_demo_4067b3cac0d3fb15e3c038985ca104bebd15deda307c3271")).isEmpty();
        assertThat(KeySecrets.weakness(KeySecrets.generate(KeySecrets.KEY_PREFIX))).isEmpty();
    }

    @Test
    void configuringAnotherBootstrapKeyRevokesTheOneBefore() {
        String before = KeySecrets.generate(KeySecrets.KEY_PREFIX);
        String after = KeySecrets.generate(KeySecrets.KEY_PREFIX);
        assertThat(ensure(before)).isEmpty();

        assertThat(ensure(after)).hasSize(1);
        assertThat(ensure(after)).isEmpty();

        given().auth().oauth2(before).get("/api/v1/customers").then().statusCode(401);
        given().auth().oauth2(after).get("/api/v1/customers").then().statusCode(200);
    }

    private java.util.List<java.util.UUID> ensure(String key) {
        return store.ensure("rotating", key, Scopes.all()).toCompletionStage().toCompletableFuture()
                .orTimeout(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
    }
}
