package io.horae.testing;

import io.horae.platform.InternalTokenKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal tokens as the gateway mints them (RS256, issuer, tenant, scope, audience, 60 s), signed with the test
 * JVM's key pair, so a test can call a service directly the way the gateway does:
 * {@code given().auth().oauth2(InternalTokens.of("acme"))}. Their audience is every service (and the kernel's test
 * application), their scope {@code admin}.
 */
public final class InternalTokens {
    /** The application names of the services, and of the kernel's tests. */
    public static final List<String> EVERY_SERVICE = List.of("customer-service", "availability-service",
            "reservations-service", "booking-service", "kernel-test");
    private static final Map<String, PrivateKey> SIGNING_KEYS = new ConcurrentHashMap<>();

    private InternalTokens() {
    }

    /** A valid token for the tenant with every scope. */
    public static String of(String tenant) {
        return sign(tenant, "test", Instant.now().plusSeconds(60), signingKey());
    }

    /** A token for the tenant with only these scopes (space-separated), to every service. */
    public static String withScopes(String tenant, String scopes) {
        return sign("gateway", tenant, "test", scopes, EVERY_SERVICE, Instant.now().plusSeconds(60), signingKey());
    }

    /** A token signed with another signer's key ({@code booking}), with these scopes and this audience. */
    public static String signedBy(String signer, String tenant, String subject, String scopes, List<String> audience) {
        return sign(signer, tenant, subject, scopes, audience, Instant.now().plusSeconds(60), signingKey(signer));
    }

    /** A token a service mints for its own calls on the tenant's behalf, as booking-service's reach /internal/. */
    public static String service(String tenant) {
        return sign(tenant, "service:test", Instant.now().plusSeconds(60), signingKey());
    }

    /** A token that expired five minutes ago. */
    public static String expired(String tenant) {
        return sign(tenant, "test", Instant.now().minusSeconds(300), signingKey());
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String forged(String tenant) {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(tenant, "test", Instant.now().plusSeconds(60), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header value, for plain HTTP clients. */
    public static String bearer(String tenant) {
        return "Bearer " + of(tenant);
    }

    private static String sign(String tenant, String subject, Instant expires, PrivateKey key) {
        return sign("gateway", tenant, subject, "admin", EVERY_SERVICE, expires, key);
    }

    private static String sign(String keyId, String tenant, String subject, String scopes, List<String> audience,
                               Instant expires, PrivateKey key) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String claims = "{\"iss\":\"" + InternalTokenKeys.ISSUER + "\",\"sub\":\"" + subject + "\",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + now + ",\"exp\":" + expires.getEpochSecond()
                + ",\"tenant\":\"" + tenant.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"scope\":\"" + scopes + "\",\"aud\":[\"" + String.join("\",\"", audience) + "\"]}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey signingKey() {
        return signingKey("gateway");
    }

    private static PrivateKey signingKey(String signer) {
        return SIGNING_KEYS.computeIfAbsent(signer, s -> {
            try {
                String pem = Files.readString(HoraeInfrastructure.tokenKeys().signingKey(s));
                byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.io.IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
