package io.horae.gateway.key;

import io.horae.gateway.UpstreamStandIn;
import io.horae.access.Scopes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key's life across gateways: the configured first key is taken only when strong, and configuring another revokes
 * the one before; a key revoked through any gateway stops working on every one within a second.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStandIn.class)
class KeyLifeTest {
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

    @Test
    void aKeyRevokedThroughAnotherGatewayStopsWorkingHereWithinASecond() {
        String key = KeySecrets.generate(KeySecrets.KEY_PREFIX);
        ensure(key);
        given().auth().oauth2(key).get("/api/v1/customers").then().statusCode(200);
        java.util.UUID id = store.list("rotating").toCompletionStage().toCompletableFuture().join().stream()
                .filter(k -> k.hint().equals(KeySecrets.hint(key))).findFirst().orElseThrow().id();

        // the store's revocation, as another gateway makes it: this one's memory of the key is not touched directly
        store.revoke("rotating", id).toCompletionStage().toCompletableFuture().join();
        // this gateway trusts a known key for 30 s here; the revocation must not wait for that (measured: under 0.1 s)
        long revoked = System.nanoTime();
        int status = 200;
        while (status != 401 && System.nanoTime() - revoked < Duration.ofSeconds(10).toNanos()) {
            status = given().auth().oauth2(key).get("/api/v1/customers").statusCode();
        }
        assertThat(status).isEqualTo(401);
        System.out.printf("revocation heard after %d ms%n", (System.nanoTime() - revoked) / 1_000_000);
    }

    private java.util.List<java.util.UUID> ensure(String key) {
        return store.ensure("rotating", key, Scopes.all()).toCompletionStage().toCompletableFuture()
                .orTimeout(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
    }
}
