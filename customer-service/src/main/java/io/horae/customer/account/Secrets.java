package io.horae.customer.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Passwords (bcrypt, cost 11) and random tokens (stored only as SHA-256). Hashing is slow by design: not on an event
 * loop; each hash is counted ({@code horae_password_hashes_total}).
 */
@ApplicationScoped
public class Secrets {
    /** bcrypt reads at most this many bytes of a password; a longer one would be cut silently. */
    static final int MOST_PASSWORD_BYTES = 72;
    private static final int COST = 11;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Counter hashes;

    Secrets(MeterRegistry registry) {
        this.hashes = Counter.builder("horae_password_hashes").description("Passwords hashed with bcrypt")
                .register(registry);
    }

    String hashPassword(String password) {
        hashes.increment();
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }


    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
