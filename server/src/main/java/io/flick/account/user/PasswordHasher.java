package io.flick.account.user;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane). Verifying a password
 * for an unknown account still spends one hash, so response times do not reveal who has an account.
 */
@Component
public class PasswordHasher {

    private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final String decoy = argon2.encode("decoy password nobody has");

    public String hash(String password) {
        return argon2.encode(password);
    }

    public boolean matches(String password, String hash) {
        return argon2.matches(password, hash);
    }

    /** Spends the same work as a real check and fails. */
    public boolean matchesNothing(String password) {
        argon2.matches(password, decoy);
        return false;
    }
}
