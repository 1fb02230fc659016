package io.horae.gateway.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * API keys, short-time tokens and customers' sessions on booking pages: 256 random bits with a readable prefix,
 * stored only as SHA-256 digests.
 */
public final class KeySecrets {
    static final String KEY_PREFIX = "hk_";
    static final String TOKEN_PREFIX = "ht_";
    public static final String SESSION_PREFIX = "hs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {
    }

    public static String generate(String prefix) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The least a configured key must be: as long as a generated key's secret part is, about. */
    static final int CONFIGURED_LENGTH = 32;
    /** The least information a configured key must carry, estimated from how often each of its characters occurs. */
    static final int CONFIGURED_BITS = 128;

    /**
     * Why a key chosen by an operator (the bootstrap key) is too weak to guard a platform, or empty if it is not:
     * shorter than {@value #CONFIGURED_LENGTH} characters, or under {@value #CONFIGURED_BITS} bits by the Shannon
     * estimate (length × entropy per character), or a pattern deflate packs into under three quarters of its bytes.
     * {@code openssl rand -hex 24} or a generated key passes; {@code aaaa…}, {@code abcabc…}, the digits over and over
     * or a word repeated do not.
     */
    static Optional<String> weakness(String key) {
        if (key.length() < CONFIGURED_LENGTH) {
            return Optional.of("it has " + key.length() + " characters, fewer than " + CONFIGURED_LENGTH);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        key.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        double total = key.codePointCount(0, key.length());
        double bitsPerCharacter = counts.values().stream()
                .mapToDouble(n -> -(n / total) * (Math.log(n / total) / Math.log(2))).sum();
        long bits = Math.round(bitsPerCharacter * total);
        if (bits < CONFIGURED_BITS) {
            return Optional.of("it carries about " + bits + " bits, fewer than " + CONFIGURED_BITS
                    + "; use a random one, e.g. openssl rand -hex 24");
        }
        byte[] text = key.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(text);
        deflater.finish();
        int packed = deflater.deflate(new byte[text.length * 2 + 64]);
        deflater.end();
        return packed * 4 < text.length * 3
                ? Optional.of("it repeats itself (deflate packs " + text.length + " bytes into " + packed
                        + "); use a random one, e.g. openssl rand -hex 24")
                : Optional.empty();
    }

    public static byte[] digest(String secret) {
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
