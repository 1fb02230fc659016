package io.horae.gateway.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** API keys and short-time tokens: 256 random bits with a readable prefix, stored only as SHA-256 digests. */
final class KeySecrets {
    static final String KEY_PREFIX = "hk_";
    static final String TOKEN_PREFIX = "ht_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {
    }

    static String generate(String prefix) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Enough of a key to recognise it in a listing, not enough to use it. */
    static String hint(String secret) {
        return secret.substring(0, Math.min(7, secret.length())) + "…";
    }
}
