package io.flick.account.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Six-digit codes, stored only as a salted hash (the registration id is the salt). */
final class VerificationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static byte[] hash(long registrationId, String code) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((registrationId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(long registrationId, String code, byte[] expected) {
        return code != null && code.matches("\\d{6}") && MessageDigest.isEqual(hash(registrationId, code), expected);
    }
}
