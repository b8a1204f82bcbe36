package io.flick.account.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.flick.shared.FlickException;

/**
 * NIST SP 800-63B style: length matters, composition rules do not. 8 to 128 characters, not one of
 * the most common passwords, not the username or address itself.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < 8) {
            throw FlickException.invalidField("password", "too_short", "must be at least 8 characters");
        }
        if (password.length() > 128) {
            throw FlickException.invalidField("password", "too_long", "must be at most 128 characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 3) {
            throw FlickException.invalidField("password", "too_common", "is too easy to guess");
        }
        for (String value : personal) {
            if (value != null && !value.isBlank() && lower.contains(value.toLowerCase(Locale.ROOT))) {
                throw FlickException.invalidField("password", "contains_personal_data",
                        "must not contain your username, e-mail address or phone number");
            }
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
