package io.flick.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The key access tokens are signed with: configured, or generated once and kept (owner-readable
 * only) in the data directory so tokens survive restarts.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static RSAKey load(String configured, Path dataDir) {
        try {
            if (configured != null && !configured.isBlank()) {
                return requirePrivate(RSAKey.parse(configured));
            }
            Path file = dataDir.resolve("keys").resolve("jwt-signing-key.json");
            if (Files.exists(file)) {
                return requirePrivate(RSAKey.parse(Files.readString(file)));
            }
            return generate(file);
        } catch (ParseException e) {
            throw new IllegalStateException("The JWT signing key is not a valid RSA JWK", e);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("Could not load or create the JWT signing key", e);
        }
    }

    private static RSAKey generate(Path file) throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "jwt", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the directory's permissions have to do
        }
        Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Generated a new JWT signing key in {}; set flick.security.jwt-key to share one between nodes", file);
        return key;
    }

    private static RSAKey requirePrivate(RSAKey key) {
        if (!key.isPrivate()) {
            throw new IllegalStateException("The JWT signing key must include its private part");
        }
        return key;
    }
}
