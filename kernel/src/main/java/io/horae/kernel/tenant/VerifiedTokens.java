package io.horae.kernel.tenant;

import io.horae.access.Signers;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Internal tokens verified once: the gateway reuses a token per API key for 30 s and booking-service one per tenant,
 * so most requests carry a token a service has already verified. A token seen before answers from memory until it
 * expires; any other is verified (signature, issuer, audience, expiry) by smallrye-jwt, then against its signer's
 * limit ({@link Signers}: booking-service's key signs only booking's own calls, to the services booking calls).
 * Verifying each request's token took about a tenth of every service's CPU under load.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    /** Beyond this many tokens the memory is emptied and filled again (one token per API key in use, usually). */
    private static final int KEPT = 10_000;

    private final DefaultJWTParser verifier;
    private final String service;
    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(DefaultJWTParser verifier,
                          @ConfigProperty(name = "quarkus.application.name") String service) {
        this.verifier = verifier;
        this.service = service;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null && known.getExpirationTime() > Instant.now().getEpochSecond()) {
            return known;
        }
        JsonWebToken fresh = verifier.parse(token);
        String signer = signer(token);
        if (!Signers.mayReach(signer, scopes(fresh), service)) {
            throw new ParseException("a token signed by " + signer + " may not carry " + fresh.getClaim("scope")
                    + " to " + service);
        }
        if (verified.size() >= KEPT) {
            verified.clear();
        }
        verified.put(token, fresh);
        return fresh;
    }

    /** The scopes a verified token carries. */
    public static Set<String> scopes(JsonWebToken token) {
        Object scope = token.getClaim("scope");
        return scope == null ? Set.of() : Set.of(scope.toString().trim().split("\\s+"));
    }

    private static String signer(String token) throws ParseException {
        try {
            return JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
        } catch (JoseException e) {
            throw new ParseException("the token's header cannot be read", e);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
