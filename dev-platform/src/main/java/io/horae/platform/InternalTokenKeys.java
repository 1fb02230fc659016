package io.horae.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The keys of the internal token. Each signer has an RSA key pair: the gateway signs for the requests it forwards,
 * booking-service and reservations-service for the calls they make on their own (a claim, a customer check). Every
 * service verifies with {@code trusted.jwks}, the signers' public keys by key id. Generated once into a directory and
 * kept there.
 */
public record InternalTokenKeys(Path directory) {
    public static final String ISSUER = "horae";
    public static final List<String> SIGNERS = List.of("gateway", "booking", "reservations");

    /** {@code ./horae keys [dir]}: makes sure the keys exist and says where. */
    public static void main(String[] args) {
        InternalTokenKeys keys = in(Path.of(args.length > 0 ? args[0] : ".horae/keys").toAbsolutePath());
        SIGNERS.forEach(s -> System.out.println("private key of " + s + ": " + keys.signingKey(s)));
        System.out.println("public keys (every service): " + keys.trusted());
    }

    /** The keys in {@code directory}, generated first where they are missing. */
    public static InternalTokenKeys in(Path directory) {
        InternalTokenKeys keys = new InternalTokenKeys(directory);
        keys.ensure();
        return keys;
    }

    /** The PKCS#8 PEM private key {@code signer} signs with (its key id is the signer's name). */
    public Path signingKey(String signer) {
        return directory.resolve(signer + ".key");
    }

    /** The JSON Web Key Set every service verifies internal tokens with. */
    public Path trusted() {
        return directory.resolve("trusted.jwks");
    }

    private Path publicKey(String signer) {
        return directory.resolve(signer + ".pub");
    }

    private synchronized void ensure() {
        try {
            Files.createDirectories(directory);
            boolean generated = false;
            for (String signer : SIGNERS) {
                if (!Files.isRegularFile(signingKey(signer)) || !Files.isRegularFile(publicKey(signer))) {
                    generate(signer);
                    generated = true;
                }
            }
            if (generated || !Files.isRegularFile(trusted())) {
                writeKeySet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void generate(String signer) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path secret = Files.createTempFile(directory, signer, ".key");
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the directory's own permissions apply
        }
        Files.writeString(secret, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey(signer), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(secret, signingKey(signer), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeKeySet() throws IOException, GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String signer : SIGNERS) {
            String pem = Files.readString(publicKey(signer));
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                    Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
            keys.add("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + signer + "\",\"n\":\""
                    + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}");
        }
        Path temporary = Files.createTempFile(directory, "trusted", ".jwks");
        Files.writeString(temporary, "{\"keys\":[" + String.join(",", keys) + "]}\n");
        Files.move(temporary, trusted(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
