package io.flick.media.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import io.flick.platform.FlickSettings;

/**
 * HMAC-SHA256 signatures for URLs the server hands out (upload URLs, media of non-public videos).
 * The key is configured ({@code flick.media.signing.key}, base64, shared by all nodes) or generated
 * once into the data directory.
 */
@Component
public class Signer {

    private final byte[] key;

    Signer(SigningSettings settings, FlickSettings flick) {
        this.key = settings.key() != null && !settings.key().isBlank()
                ? Base64.getDecoder().decode(settings.key())
                : loadOrCreate(flick.dataDir().resolve("keys").resolve("media-signing.key"));
        if (key.length < 32) {
            throw new IllegalStateException("flick.media.signing.key must be at least 32 bytes (base64)");
        }
    }

    /** A URL-safe signature of {@code message}, 128 bits, enough for URLs that expire. */
    public String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String message, String signature) {
        return signature != null && MessageDigest.isEqual(sign(message).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "media", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not POSIX; rely on the directory
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("could not load or create the media signing key", e);
        }
    }
}
