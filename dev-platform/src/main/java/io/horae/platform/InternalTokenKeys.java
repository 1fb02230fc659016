package io.horae.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The RSA key pair of the internal token: the gateway signs with the private key, every service verifies with the
 * public one. Generated once into a directory and kept there, PEM encoded (PKCS#8 and X.509).
 */
public record InternalTokenKeys(Path privateKey, Path publicKey) {
    public static final String ISSUER = "horae-gateway";

    /** {@code ./horae keys [dir]}: makes sure the pair exists and says where. */
    public static void main(String[] args) {
        InternalTokenKeys keys = in(Path.of(args.length > 0 ? args[0] : ".horae/keys").toAbsolutePath());
        System.out.println("private key (gateway only): " + keys.privateKey());
        System.out.println("public key (every service): " + keys.publicKey());
    }

    /** The pair in {@code directory}, generated first if it is not there yet. */
    public static InternalTokenKeys in(Path directory) {
        InternalTokenKeys keys = new InternalTokenKeys(directory.resolve("internal-token.key"),
                directory.resolve("internal-token.pub"));
        if (!Files.isRegularFile(keys.privateKey()) || !Files.isRegularFile(keys.publicKey())) {
            keys.generate();
        }
        return keys;
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKey.getParent());
            Path secret = Files.createTempFile(privateKey.getParent(), "internal-token", ".key");
            try {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the directory's own permissions apply
            }
            Files.writeString(secret, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.move(secret, privateKey, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
