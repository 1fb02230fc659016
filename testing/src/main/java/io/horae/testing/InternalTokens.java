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
import java.util.UUID;

/**
 * Internal tokens as the gateway mints them (RS256, issuer, tenant, scope, 60 s), signed with the test JVM's key
 * pair, so a test can call a service directly the way the gateway does:
 * {@code given().auth().oauth2(InternalTokens.of("acme"))}.
 */
public final class InternalTokens {
    private static PrivateKey signingKey;

    private InternalTokens() {
    }

    /** A valid token for the tenant with every scope. */
    public static String of(String tenant) {
        return sign(tenant, "test", Instant.now().plusSeconds(60), signingKey());
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
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"gateway\"}";
        String claims = "{\"iss\":\"" + InternalTokenKeys.ISSUER + "\",\"sub\":\"" + subject + "\",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + now + ",\"exp\":" + expires.getEpochSecond()
                + ",\"tenant\":\"" + tenant.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"scope\":\"admin\"}";
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

    private static synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            try {
                String pem = Files.readString(HoraeInfrastructure.tokenKeys().signingKey("gateway"));
                byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
                signingKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.io.IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return signingKey;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
