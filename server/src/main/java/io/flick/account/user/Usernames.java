package io.flick.account.user;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.flick.shared.FlickException;

/** The rules for usernames: 2–30 of ASCII letters, digits, {@code _} and {@code .}, not a reserved word. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.]{2,30}");
    // Names that collide with routes or impersonate the platform.
    private static final Set<String> RESERVED = Set.of("me", "admin", "administrator", "root", "flick", "support",
            "help", "api", "settings", "official", "moderator", "system", "null", "undefined");

    private Usernames() {
    }

    public static String require(String username) {
        String name = username == null ? "" : username.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (!VALID.matcher(name).matches()) {
            throw FlickException.invalidField("username", "format",
                    "must be 2 to 30 letters, digits, underscores or periods");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw FlickException.invalidField("username", "reserved", "is reserved");
        }
        return name;
    }
}
