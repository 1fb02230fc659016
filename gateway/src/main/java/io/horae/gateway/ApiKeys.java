package io.horae.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Resolves an API key to its tenant. Keys are compared as SHA-256 digests, in constant time. */
@ApplicationScoped
public class ApiKeys {
    private final Optional<String> bootstrapTenant;
    private final byte[] bootstrapDigest;

    public ApiKeys(GatewaySettings settings) {
        this.bootstrapTenant = settings.bootstrapTenant().filter(t -> !t.isBlank());
        this.bootstrapDigest = settings.bootstrapApiKey().filter(k -> !k.isBlank()).map(ApiKeys::digest).orElse(null);
    }

    public Optional<String> tenantOf(String apiKey) {
        if (apiKey == null || bootstrapDigest == null || bootstrapTenant.isEmpty()) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(digest(apiKey), bootstrapDigest) ? bootstrapTenant : Optional.empty();
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
